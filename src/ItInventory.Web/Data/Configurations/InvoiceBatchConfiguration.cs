using ItInventory.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ItInventory.Web.Data.Configurations;

internal sealed class InvoiceBatchConfiguration : IEntityTypeConfiguration<InvoiceBatch>
{
    public void Configure(EntityTypeBuilder<InvoiceBatch> builder)
    {
        builder.ToTable("InvoiceBatches");
        builder.Property(b => b.Name).HasMaxLength(InvoiceBatch.NameLength).IsRequired();
        builder.Property(b => b.ReceivedBy).HasMaxLength(InvoiceBatch.ByLength).IsRequired();
        builder.Property(b => b.Problems).HasMaxLength(InvoiceBatch.ProblemsLength).IsRequired();
        // The reminder pass asks for a tenant's recent deliveries.
        builder.HasIndex(b => new { b.TenantId, b.ReceivedAtUtc });
        builder.Property(b => b.Version).IsConcurrencyToken();
    }
}
