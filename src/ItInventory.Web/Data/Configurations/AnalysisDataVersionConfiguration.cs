using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ItInventory.Web.Data.Configurations;

internal sealed class AnalysisDataVersionConfiguration : IEntityTypeConfiguration<AnalysisDataVersion>
{
    public void Configure(EntityTypeBuilder<AnalysisDataVersion> builder)
    {
        builder.ToTable("AnalysisDataVersion");
        builder.Property(v => v.Id).ValueGeneratedNever();
        // The row exists from the migration on; the bump would also create it (upsert), should it ever be missing.
        builder.HasData(new AnalysisDataVersion { Id = AnalysisDataVersion.RowId, Value = 0 });
    }
}
