using ItInventory.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Data;

public class InventoryDbContext(DbContextOptions<InventoryDbContext> options) : DbContext(options)
{
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<Vendor> Vendors => Set<Vendor>();
    public DbSet<Standard> Standards => Set<Standard>();
    public DbSet<ProductCategory> Categories => Set<ProductCategory>();
    public DbSet<CategoryStandard> CategoryStandards => Set<CategoryStandard>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<ProductDepartment> ProductDepartments => Set<ProductDepartment>();
    public DbSet<ProductStandardSupport> ProductStandards => Set<ProductStandardSupport>();
    public DbSet<Contract> Contracts => Set<Contract>();
    public DbSet<CostLine> CostLines => Set<CostLine>();
    public DbSet<DataInterface> Interfaces => Set<DataInterface>();
    public DbSet<PriceIndexValue> PriceIndex => Set<PriceIndexValue>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(InventoryDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name so the database stays readable and reordering an enum cannot corrupt data.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
        if (Database.IsSqlite())
        {
            // SQLite has no decimal type; EF would store text and sum in managed code. Whole cents in an
            // INTEGER column keep money exact and let SQLite aggregate natively.
            configurationBuilder.Properties<decimal>().HaveConversion<CentsConverter>();
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RenewVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RenewVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// SQLite has no row version, so the app renews the token itself; EF compares the original value in the
    /// UPDATE's WHERE clause and reports a conflict when someone else saved in between.
    /// </summary>
    private void RenewVersions()
    {
        foreach (var entry in ChangeTracker.Entries<Entity>())
        {
            if (entry.State == EntityState.Modified)
            {
                entry.Entity.Version = Guid.NewGuid();
            }
        }
    }
}
