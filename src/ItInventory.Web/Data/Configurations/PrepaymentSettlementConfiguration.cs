using ItInventory.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ItInventory.Web.Data.Configurations;

internal sealed class PrepaymentSettlementConfiguration : IEntityTypeConfiguration<PrepaymentSettlement>
{
    public void Configure(EntityTypeBuilder<PrepaymentSettlement> builder)
    {
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne<ReceivedInvoice>().WithMany().HasForeignKey(s => s.FinalInvoiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ReceivedInvoice>().WithMany().HasForeignKey(s => s.PrepaymentInvoiceId).OnDelete(DeleteBehavior.Restrict);
        // A prepayment invoice is settled by one final invoice at most, also when two users confirm at once.
        builder.HasIndex(s => new { s.TenantId, s.PrepaymentInvoiceId }).IsUnique();
        builder.HasIndex(s => new { s.TenantId, s.FinalInvoiceId });
    }
}
