using ItInventory.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ItInventory.Web.Data.Configurations;

internal sealed class DataInterfaceConfiguration : IEntityTypeConfiguration<DataInterface>
{
    public void Configure(EntityTypeBuilder<DataInterface> builder)
    {
        builder.ToTable("Interfaces");
        builder.Property(i => i.ExternalSystem).HasMaxLength(200);
        builder.Property(i => i.Description).HasMaxLength(1000);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasOne(i => i.SourceProduct).WithMany().HasForeignKey(i => i.SourceProductId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(i => i.TargetProduct).WithMany().HasForeignKey(i => i.TargetProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.Standard).WithMany().HasForeignKey(i => i.StandardId).OnDelete(DeleteBehavior.Restrict);
    }
}
