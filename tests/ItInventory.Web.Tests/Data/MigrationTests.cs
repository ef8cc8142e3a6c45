using ItInventory.Web.Data;
using ItInventory.Web.Data.PostgreSql;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ItInventory.Web.Tests.Data;

public class MigrationTests
{
    [Fact]
    public async Task Migrations_apply_to_an_empty_database()
    {
        await using var db = await TestDatabase.CreateEmptyAsync();
        await using var context = db.CreateContext();

        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        Assert.Contains(await context.Database.GetAppliedMigrationsAsync(), m => m.EndsWith("_AuditTrailIsAppendOnly"));
        Assert.Equal(0, await context.Products.CountAsync());
    }

    /// <summary>Both migration sets follow the one model: a change migrated for one provider only fails here.</summary>
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public void The_model_has_no_changes_missing_from_the_migrations(DatabaseProvider provider)
    {
        // Comparing the model with the migrations' snapshot needs no server.
        using InventoryDbContext context = provider == DatabaseProvider.PostgreSql
            ? new PostgreSqlInventoryDbContext(new DbContextOptionsBuilder<PostgreSqlInventoryDbContext>().UseNpgsql("Host=localhost").Options)
            : new InventoryDbContext(new DbContextOptionsBuilder<InventoryDbContext>().UseSqlite("Data Source=:memory:").Options);

        Assert.False(context.Database.HasPendingModelChanges(),
            $"Das Modell hat Änderungen ohne Migration für {provider}: dotnet ef migrations add NAME --context {context.GetType().Name} -o Data/Migrations/{provider}");
        Assert.NotEmpty(context.Database.GetMigrations());
    }

    [Fact]
    public async Task Money_is_exact_on_the_provider()
    {
        await using var db = await TestDatabase.CreateSampleCityAsync();
        await using var context = db.CreateContext();

        var line = await context.CostLines.OrderBy(c => c.Id).FirstAsync();
        line.Amount = 1234567.89m;
        await context.SaveChangesAsync();

        await using var reread = db.CreateContext();
        Assert.Equal(1234567.89m, await reread.CostLines.Where(c => c.Id == line.Id).Select(c => c.Amount).SingleAsync());
        Assert.Equal(1234567.89m + 0.01m, await reread.CostLines.Where(c => c.Id == line.Id).SumAsync(c => c.Amount + 0.01m));
    }
}
