using ItInventory.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ItInventory.Web.Data.Configurations;

internal sealed class ActionMarkConfiguration : IEntityTypeConfiguration<ActionMark>
{
    public void Configure(EntityTypeBuilder<ActionMark> builder)
    {
        builder.ToTable("ActionMarks");
        builder.Property(m => m.ItemKey).HasMaxLength(ActionMark.KeyLength).IsRequired();
        builder.HasIndex(m => new { m.TenantId, m.ItemKey }).IsUnique();
        builder.Property(m => m.Title).HasMaxLength(400).IsRequired();
        builder.Property(m => m.Reason).HasMaxLength(ActionMark.ReasonLength).IsRequired();
        builder.Property(m => m.MarkedBy).HasMaxLength(256).IsRequired();
        builder.Property(m => m.Version).IsConcurrencyToken();
    }
}
