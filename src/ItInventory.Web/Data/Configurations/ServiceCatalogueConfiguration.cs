using ItInventory.Core.Domain;
using ItInventory.Core.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ItInventory.Web.Data.Configurations;

/// <summary>The OZG catalogue: shared reference data, not tenant-owned, keyed by the OZG-ID.</summary>
internal sealed class OzgServiceConfiguration : IEntityTypeConfiguration<OzgService>
{
    public void Configure(EntityTypeBuilder<OzgService> builder)
    {
        builder.Property(s => s.OzgId).HasMaxLength(ServiceRules.OzgIdDigits).IsRequired();
        builder.HasIndex(s => s.OzgId).IsUnique();
        builder.Property(s => s.Name).HasMaxLength(500).IsRequired();
        builder.Property(s => s.LifeSituation).HasMaxLength(200);
        builder.Property(s => s.TopicArea).HasMaxLength(200);
        builder.Property(s => s.Version).IsConcurrencyToken();
    }
}

/// <summary>The LeiKa catalogue: shared reference data, keyed by the 14-digit key.</summary>
internal sealed class LeikaServiceConfiguration : IEntityTypeConfiguration<LeikaService>
{
    public void Configure(EntityTypeBuilder<LeikaService> builder)
    {
        builder.Property(s => s.Key).HasMaxLength(ServiceRules.LeikaKeyDigits).IsRequired();
        builder.HasIndex(s => s.Key).IsUnique();
        builder.Property(s => s.Name).HasMaxLength(500).IsRequired();
        builder.Property(s => s.LeikaType).HasMaxLength(20);
        builder.Property(s => s.OzgId).HasMaxLength(ServiceRules.OzgIdDigits);
        builder.HasIndex(s => s.OzgId);
        builder.Property(s => s.Version).IsConcurrencyToken();
    }
}
