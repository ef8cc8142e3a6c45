using ItInventory.Core.Domain;
using ItInventory.Core.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ItInventory.Web.Data.Configurations;

internal sealed class ExitAssessmentConfiguration : IEntityTypeConfiguration<ExitAssessment>
{
    public void Configure(EntityTypeBuilder<ExitAssessment> builder)
    {
        builder.Property(a => a.Author).HasMaxLength(200).IsRequired();
        builder.Property(a => a.AlternativeName).HasMaxLength(ExitRules.MaxAlternativeNameLength);
        builder.Property(a => a.Notes).HasMaxLength(4000);
        builder.Property(a => a.Version).IsConcurrencyToken();
        // One assessment per product, revised in place; the audit trail keeps its earlier states.
        builder.HasIndex(a => new { a.TenantId, a.ProductId }).IsUnique();
        builder.HasOne(a => a.Product).WithMany().HasForeignKey(a => a.ProductId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.CostItems).WithOne(i => i.ExitAssessment).HasForeignKey(i => i.ExitAssessmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ExitCostItemConfiguration : IEntityTypeConfiguration<ExitCostItem>
{
    public void Configure(EntityTypeBuilder<ExitCostItem> builder)
    {
        builder.Property(i => i.ItemKey).HasMaxLength(40).IsRequired();
        builder.Property(i => i.Note).HasMaxLength(ExitRules.MaxNoteLength);
        builder.HasIndex(i => new { i.ExitAssessmentId, i.ItemKey }).IsUnique();
    }
}
