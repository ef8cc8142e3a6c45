using ItInventory.Core.Domain;
using ItInventory.Core.Domain.Market;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ItInventory.Web.Data.Configurations;

// The shared market catalogue: operator's reference data, not tenant-owned. Keys are lower-case slugs the catalogue
// publishes (same in every installation), so a plain unique index is the whole rule.
internal sealed class MarketVendorConfiguration : IEntityTypeConfiguration<MarketVendor>
{
    public void Configure(EntityTypeBuilder<MarketVendor> builder)
    {
        builder.Property(v => v.Key).HasMaxLength(80).IsRequired();
        builder.HasIndex(v => v.Key).IsUnique();
        // Names are unique ignoring case (a product's per vendor): indexes on lower(column), created by the migration MarketCatalogueEditing.
        builder.Property(v => v.Name).HasMaxLength(200).IsRequired();
        builder.Property(v => v.Version).IsConcurrencyToken();
    }
}

internal sealed class MarketProductConfiguration : IEntityTypeConfiguration<MarketProduct>
{
    public void Configure(EntityTypeBuilder<MarketProduct> builder)
    {
        builder.Property(p => p.Key).HasMaxLength(80).IsRequired();
        builder.HasIndex(p => p.Key).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(200).IsRequired();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne(p => p.MarketVendor).WithMany(v => v.Products).HasForeignKey(p => p.MarketVendorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Category).WithMany().HasForeignKey(p => p.CategoryId).OnDelete(DeleteBehavior.Restrict);
    }
}
