using ItInventory.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ItInventory.Web.Data.Configurations;

internal sealed class CostLineConfiguration : IEntityTypeConfiguration<CostLine>
{
    public void Configure(EntityTypeBuilder<CostLine> builder)
    {
        builder.Property(c => c.InvoiceReference).HasMaxLength(100);
        builder.Property(c => c.Note).HasMaxLength(1000);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.BudgetTreatment);
        builder.HasOne(c => c.Contract).WithMany().HasForeignKey(c => c.ContractId).OnDelete(DeleteBehavior.Restrict);
        // Year totals per product and inventory-wide year aggregates are the hottest queries.
        builder.HasIndex(c => new { c.ProductId, c.FiscalYear });
        builder.HasIndex(c => new { c.FiscalYear, c.Kind });
    }
}
