using ItInventory.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ItInventory.Web.Data.Configurations;

/// <summary>A tenant's services: one row per OZG service the city provides.</summary>
internal sealed class CityServiceConfiguration : IEntityTypeConfiguration<CityService>
{
    public void Configure(EntityTypeBuilder<CityService> builder)
    {
        builder.HasIndex(s => new { s.TenantId, s.OzgServiceId }).IsUnique();
        builder.Property(s => s.OnlineServiceName).HasMaxLength(200);
        builder.Property(s => s.MaturitySource).HasMaxLength(200);
        builder.Property(s => s.Notes).HasMaxLength(2000);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.IsOnline);
        // A catalogue entry a city uses is never deleted: a re-import marks it withdrawn.
        builder.HasOne(s => s.OzgService).WithMany().HasForeignKey(s => s.OzgServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.LeikaService).WithMany().HasForeignKey(s => s.LeikaServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Products).WithOne(p => p.CityService).HasForeignKey(p => p.CityServiceId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>The products that handle a city service; deleting a product removes its links.</summary>
internal sealed class CityServiceProductConfiguration : IEntityTypeConfiguration<CityServiceProduct>
{
    public void Configure(EntityTypeBuilder<CityServiceProduct> builder)
    {
        builder.HasKey(p => new { p.CityServiceId, p.ProductId });
        builder.HasOne(p => p.Product).WithMany().HasForeignKey(p => p.ProductId).OnDelete(DeleteBehavior.Cascade);
    }
}
