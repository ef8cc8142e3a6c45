using ItInventory.Web.Data.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ItInventory.Web.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.UserName).HasMaxLength(256).IsRequired();
        builder.Property(a => a.EntityType).HasMaxLength(100);
        builder.Property(a => a.EntityId).HasMaxLength(100);
        builder.Property(a => a.Summary).HasMaxLength(500);
        builder.HasIndex(a => new { a.EntityType, a.EntityId });
        builder.HasIndex(a => new { a.TenantId, a.TimestampUtc });
        builder.HasIndex(a => a.UserName);
        builder.HasMany(a => a.Changes).WithOne().HasForeignKey(c => c.AuditEntryId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AuditFieldChangeConfiguration : IEntityTypeConfiguration<AuditFieldChange>
{
    public void Configure(EntityTypeBuilder<AuditFieldChange> builder)
    {
        builder.Property(c => c.Field).HasMaxLength(100).IsRequired();
        builder.Property(c => c.OldValue).HasMaxLength(AuditFieldChange.ValueLength);
        builder.Property(c => c.NewValue).HasMaxLength(AuditFieldChange.ValueLength);
    }
}
