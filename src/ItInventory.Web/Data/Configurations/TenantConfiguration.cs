using ItInventory.Core.Domain.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ItInventory.Web.Data.Configurations;

internal sealed class TenantConfiguration : IEntityTypeConfiguration<Tenant>
{
    public void Configure(EntityTypeBuilder<Tenant> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(200).IsRequired();
        // Unique ignoring case: an index on lower(column), created by the migration CaseInsensitiveKeys (EF cannot model it); see Data/UniqueKeys.
        builder.Property(t => t.OfficialKey).HasMaxLength(12);
        builder.Property(t => t.RegionalKey).HasMaxLength(12);
        builder.Property(t => t.Version).IsConcurrencyToken();
        // Every installation has its first tenant from the start, so that a single-city database (an upgraded one too)
        // needs no setup step: its records belong to it. Start-up names it after Inventory:CityName while it has no name.
        builder.HasData(new Tenant
        {
            Id = Tenant.FirstId,
            Name = "",
            Kind = TenantKind.KreisfreieStadt,
            FederalState = FederalState.NordrheinWestfalen,
            Version = new Guid("6d2d9c3e-0b5a-4c1e-9a43-6f1f3c0e8a01"),
        });
    }
}
