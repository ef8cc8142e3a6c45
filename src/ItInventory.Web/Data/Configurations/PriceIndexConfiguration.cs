using ItInventory.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ItInventory.Web.Data.Configurations;

internal sealed class PriceIndexConfiguration : IEntityTypeConfiguration<PriceIndexValue>
{
    public void Configure(EntityTypeBuilder<PriceIndexValue> builder)
    {
        builder.ToTable("PriceIndex");
        builder.HasKey(p => p.Year);
        builder.Property(p => p.Year).ValueGeneratedNever();
        builder.Property(p => p.Version).IsConcurrencyToken();
    }
}
