using ItInventory.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ItInventory.Web.Data.Configurations;

internal sealed class ReceivedExchangeFileConfiguration : IEntityTypeConfiguration<ReceivedExchangeFile>
{
    public void Configure(EntityTypeBuilder<ReceivedExchangeFile> builder)
    {
        builder.ToTable("ReceivedExchangeFiles");
        builder.Property(f => f.SenderId).HasMaxLength(32).IsRequired();
        builder.HasIndex(f => f.SenderId).IsUnique();
        builder.Property(f => f.FileName).HasMaxLength(ReceivedExchangeFile.FileNameLength).IsRequired();
        builder.Property(f => f.Json).IsRequired();
        builder.Property(f => f.Version).IsConcurrencyToken();
    }
}
