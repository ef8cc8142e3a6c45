using ItInventory.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ItInventory.Web.Data.Configurations;

internal sealed class StandardConfiguration : IEntityTypeConfiguration<Standard>
{
    public void Configure(EntityTypeBuilder<Standard> builder)
    {
        builder.Property(s => s.Code).HasMaxLength(50).IsRequired();
        // Unique ignoring case: an index on lower(column), created by the migration CaseInsensitiveKeys (EF cannot model it); see Data/UniqueKeys.
        builder.Property(s => s.Name).HasMaxLength(200).IsRequired();
        builder.Property(s => s.Maintainer).HasMaxLength(200);
        builder.Property(s => s.LegalBasis).HasMaxLength(300);
        builder.Property(s => s.Description).HasMaxLength(2000);
        builder.Property(s => s.Version).IsConcurrencyToken();
    }
}
