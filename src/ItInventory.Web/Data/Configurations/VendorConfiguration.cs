using ItInventory.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ItInventory.Web.Data.Configurations;

internal sealed class VendorConfiguration : IEntityTypeConfiguration<Vendor>
{
    public void Configure(EntityTypeBuilder<Vendor> builder)
    {
        builder.Property(v => v.Name).HasMaxLength(200).IsRequired();
        // Unique ignoring case: an index on lower(column), created by the migration CaseInsensitiveKeys (EF cannot model it); see Data/UniqueKeys.
        builder.Property(v => v.Country).HasMaxLength(2).IsRequired();
        builder.Property(v => v.City).HasMaxLength(100);
        builder.Property(v => v.ContactName).HasMaxLength(200);
        builder.Property(v => v.ContactEmail).HasMaxLength(200);
        builder.Property(v => v.ContactPhone).HasMaxLength(50);
        builder.Property(v => v.Website).HasMaxLength(300);
        builder.Property(v => v.Notes).HasMaxLength(4000);
        builder.Property(v => v.VatId).HasMaxLength(50);
        builder.Property(v => v.InvoiceAddress).HasMaxLength(200);
        builder.Property(v => v.Version).IsConcurrencyToken();
        builder.Ignore(v => v.IsInEu);
    }
}
