using ItInventory.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ItInventory.Web.Data.Configurations;

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<ProductCategory>
{
    public void Configure(EntityTypeBuilder<ProductCategory> builder)
    {
        builder.ToTable("Categories");
        builder.Property(c => c.Code).HasMaxLength(30).IsRequired();
        // Unique ignoring case: an index on lower(column), created by the migration CaseInsensitiveKeys (EF cannot model it); see Data/UniqueKeys.
        builder.Property(c => c.Name).HasMaxLength(200).IsRequired();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasMany(c => c.Requirements).WithOne(r => r.Category).HasForeignKey(r => r.CategoryId);
    }
}

internal sealed class CategoryStandardConfiguration : IEntityTypeConfiguration<CategoryStandard>
{
    public void Configure(EntityTypeBuilder<CategoryStandard> builder)
    {
        builder.HasKey(r => new { r.CategoryId, r.StandardId });
        builder.HasOne(r => r.Standard).WithMany().HasForeignKey(r => r.StandardId).OnDelete(DeleteBehavior.Restrict);
    }
}
