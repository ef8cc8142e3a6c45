using ItInventory.Core.Domain;
using ItInventory.Core.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ItInventory.Web.Data.Configurations;

internal sealed class ContractConfiguration : IEntityTypeConfiguration<Contract>
{
    public void Configure(EntityTypeBuilder<Contract> builder)
    {
        builder.Property(c => c.ContractNumber).HasMaxLength(50).IsRequired();
        // Unique ignoring case: an index on lower(column), created by the migration CaseInsensitiveKeys (EF cannot model it); see Data/UniqueKeys.
        builder.Property(c => c.Title).HasMaxLength(300).IsRequired();
        builder.Property(c => c.Notes).HasMaxLength(4000);
        builder.Property(c => c.SwitchingDataCategories).HasMaxLength(ExitRules.MaxTermTextLength);
        builder.Property(c => c.ExportFormats).HasMaxLength(ExitRules.MaxTermTextLength);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne(c => c.Vendor).WithMany(v => v.Contracts).HasForeignKey(c => c.VendorId).OnDelete(DeleteBehavior.Restrict);
    }
}
