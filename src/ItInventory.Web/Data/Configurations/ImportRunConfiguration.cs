using ItInventory.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ItInventory.Web.Data.Configurations;

internal sealed class ImportRunConfiguration : IEntityTypeConfiguration<ImportRun>
{
    public void Configure(EntityTypeBuilder<ImportRun> builder)
    {
        builder.ToTable("ImportRuns");
        builder.Property(r => r.FileName).HasMaxLength(ImportRun.FileNameLength).IsRequired();
        builder.Property(r => r.ImportedBy).HasMaxLength(256).IsRequired();
        builder.Property(r => r.ReportFileName).HasMaxLength(ImportRun.FileNameLength + 40).IsRequired();
        builder.Property(r => r.Report).IsRequired();
        builder.Property(r => r.ResolvedBy).HasMaxLength(256);
        builder.Property(r => r.ResolvedNote).HasMaxLength(ImportRun.NoteLength);
        // "Handlungsbedarf" asks for the open runs of a tenant.
        builder.HasIndex(r => new { r.TenantId, r.ResolvedAt });
        builder.Property(r => r.Version).IsConcurrencyToken();
    }
}
