using ItInventory.Core.Domain;
using ItInventory.Core.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ItInventory.Web.Data.Configurations;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.Property(p => p.InventoryNumber).HasMaxLength(30).IsRequired();
        // Unique ignoring case: an index on lower(column), created by the migration CaseInsensitiveKeys (EF cannot model it); see Data/UniqueKeys.
        builder.Property(p => p.Name).HasMaxLength(200).IsRequired();
        builder.HasIndex(p => p.Name);
        builder.Property(p => p.Description).HasMaxLength(2000);
        builder.Property(p => p.Notes).HasMaxLength(4000);
        builder.Property(p => p.BudgetProduct).HasMaxLength(BudgetKeyRules.MaxLength);
        builder.Property(p => p.BudgetAccount).HasMaxLength(BudgetKeyRules.MaxLength);
        builder.Property(p => p.Version).IsConcurrencyToken();

        // Restrict: deleting a vendor, category or department that products depend on must be refused, not cascade.
        builder.HasOne(p => p.Category).WithMany().HasForeignKey(p => p.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.OwnerDepartment).WithMany().HasForeignKey(p => p.OwnerDepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Vendor).WithMany(v => v.Products).HasForeignKey(p => p.VendorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.OperatorVendor).WithMany().HasForeignKey(p => p.OperatorVendorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.MarketProduct).WithMany().HasForeignKey(p => p.MarketProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.Lifecycle);

        builder.HasMany(p => p.UsingDepartments).WithOne(d => d.Product).HasForeignKey(d => d.ProductId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.StandardSupport).WithOne(s => s.Product).HasForeignKey(s => s.ProductId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.CostLines).WithOne(c => c.Product).HasForeignKey(c => c.ProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Contracts).WithMany(c => c.Products).UsingEntity("ContractProducts");
    }
}

internal sealed class ProductDepartmentConfiguration : IEntityTypeConfiguration<ProductDepartment>
{
    public void Configure(EntityTypeBuilder<ProductDepartment> builder)
    {
        builder.HasKey(d => new { d.ProductId, d.DepartmentId });
        builder.HasOne(d => d.Department).WithMany().HasForeignKey(d => d.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProductStandardSupportConfiguration : IEntityTypeConfiguration<ProductStandardSupport>
{
    public void Configure(EntityTypeBuilder<ProductStandardSupport> builder)
    {
        builder.ToTable("ProductStandards");
        builder.HasIndex(s => new { s.ProductId, s.StandardId }).IsUnique();
        builder.Property(s => s.StandardVersion).HasMaxLength(30);
        builder.Property(s => s.Note).HasMaxLength(1000);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne(s => s.Standard).WithMany().HasForeignKey(s => s.StandardId).OnDelete(DeleteBehavior.Restrict);
    }
}
