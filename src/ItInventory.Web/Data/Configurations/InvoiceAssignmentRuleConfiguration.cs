using ItInventory.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ItInventory.Web.Data.Configurations;

internal sealed class InvoiceAssignmentRuleConfiguration : IEntityTypeConfiguration<InvoiceAssignmentRule>
{
    public void Configure(EntityTypeBuilder<InvoiceAssignmentRule> builder)
    {
        builder.Property(r => r.LineText).HasMaxLength(200).IsRequired();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<Vendor>().WithMany().HasForeignKey(r => r.VendorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Product>().WithMany().HasForeignKey(r => r.ProductId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.VendorId, r.LineText });
    }
}
