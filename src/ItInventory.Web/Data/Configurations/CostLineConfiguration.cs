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
        builder.HasOne<ReceivedInvoice>().WithMany().HasForeignKey(c => c.ReceivedInvoiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.ReceivedInvoiceId);
        builder.HasOne(c => c.Contract).WithMany().HasForeignKey(c => c.ContractId).OnDelete(DeleteBehavior.Restrict);
        // Year totals per product (product grid) and inventory-wide year totals (dashboard) are the hottest queries.
        // Both indexes end in Amount so the sums are read from the index alone, without touching a million table rows.
        // The first also answers the year-cost rule's NOT EXISTS (an actual of the same product, year and cost type).
        builder.HasIndex(c => new { c.ProductId, c.FiscalYear, c.CostType, c.Kind, c.Amount });
        // The second carries the remaining columns the analysis sums (AnalysisSnapshotLoader), so its read of every line is
        // an index scan too: SQLite plans that read by "TenantId = ? AND FiscalYear <= ?" whatever its statistics say,
        // and fetching a million rows by row id from the narrower index took 1.65 s where this takes 0.14 s.
        builder.HasIndex(c => new { c.TenantId, c.FiscalYear, c.Kind, c.Amount, c.ProductId, c.CostType, c.ContractId, c.Quantity })
            .HasDatabaseName("IX_CostLines_TenantId_FiscalYear_Covering");
    }
}
