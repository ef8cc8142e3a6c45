using ItInventory.Core.Domain;
using ItInventory.Core.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ItInventory.Web.Data.Configurations;

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> builder)
    {
        builder.Property(d => d.Number).HasMaxLength(10).IsRequired();
        builder.Property(d => d.Name).HasMaxLength(200).IsRequired();
        builder.Property(d => d.LeitwegId).HasMaxLength(50);
        builder.Property(d => d.BudgetProduct).HasMaxLength(BudgetKeyRules.MaxLength);
        builder.Property(d => d.BudgetAccount).HasMaxLength(BudgetKeyRules.MaxLength);
        builder.Property(d => d.Version).IsConcurrencyToken();
        // Unique ignoring case: an index on lower(column), created by the migration CaseInsensitiveKeys (EF cannot model it); see Data/UniqueKeys.
        builder.Ignore(d => d.DisplayName);
    }
}
