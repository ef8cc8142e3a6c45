using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ItInventory.Web.Data.PostgreSql;

/// <summary>
/// For <c>dotnet ef migrations add X --context PostgreSqlInventoryDbContext -o Data/Migrations/PostgreSql</c>:
/// adding a migration compares models and needs no server, so the connection string is a placeholder.
/// </summary>
internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlInventoryDbContext>
{
    public PostgreSqlInventoryDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlInventoryDbContext>()
            .UseNpgsql(Environment.GetEnvironmentVariable("ConnectionStrings__Inventory") ?? "Host=localhost;Database=itinventory")
            .Options);
}
