using ItInventory.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ItInventory.Web.Data.Configurations;

internal sealed class StoredSettingConfiguration : IEntityTypeConfiguration<StoredSetting>
{
    public void Configure(EntityTypeBuilder<StoredSetting> builder)
    {
        builder.ToTable("Settings");
        builder.Property(s => s.Key).HasMaxLength(100).IsRequired();
        builder.HasIndex(s => new { s.TenantId, s.Key }).IsUnique();
        builder.Property(s => s.Json).IsRequired();
        builder.Property(s => s.Version).IsConcurrencyToken();
    }
}
