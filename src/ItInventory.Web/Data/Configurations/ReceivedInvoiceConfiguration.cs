using ItInventory.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ItInventory.Web.Data.Configurations;

internal sealed class ReceivedInvoiceConfiguration : IEntityTypeConfiguration<ReceivedInvoice>
{
    public void Configure(EntityTypeBuilder<ReceivedInvoice> builder)
    {
        builder.Property(i => i.FileName).HasMaxLength(255).IsRequired();
        builder.Property(i => i.Content).IsRequired();
        builder.Property(i => i.Sha256).HasMaxLength(64).IsRequired();
        builder.Property(i => i.Number).HasMaxLength(200).IsRequired();
        builder.Property(i => i.SellerName).HasMaxLength(500).IsRequired();
        builder.Property(i => i.SellerVatId).HasMaxLength(100);
        builder.Property(i => i.SellerAddress).HasMaxLength(500);
        builder.Property(i => i.BuyerReference).HasMaxLength(200);
        builder.Property(i => i.ContractReference).HasMaxLength(200);
        builder.Property(i => i.OrderReference).HasMaxLength(200);
        builder.Property(i => i.PrecedingNumber).HasMaxLength(200);
        builder.Property(i => i.MatchReasons).HasMaxLength(4000).IsRequired();
        builder.Property(i => i.Flag).HasMaxLength(1000);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasOne(i => i.Vendor).WithMany().HasForeignKey(i => i.VendorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Contract>().WithMany().HasForeignKey(i => i.ContractId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Department>().WithMany().HasForeignKey(i => i.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ReceivedInvoice>().WithMany().HasForeignKey(i => i.ReplacedById).OnDelete(DeleteBehavior.Restrict);
        // The duplicate checks: the same file (hash), and the same number of the same seller.
        builder.HasIndex(i => new { i.TenantId, i.Sha256 });
        builder.HasIndex(i => new { i.TenantId, i.Number });
        builder.HasIndex(i => new { i.TenantId, i.Status });
    }
}
