using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ItInventory.Web.Tests.Data;

public class MigrationTests
{
    [Fact]
    public async Task Migrations_apply_to_an_empty_sqlite_file()
    {
        await using var db = await TestDatabase.CreateEmptyAsync();
        await using var context = db.CreateContext();

        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await context.Database.GetAppliedMigrationsAsync());
        Assert.Equal(0, await context.Products.CountAsync());
    }

    [Fact]
    public async Task The_model_has_no_changes_missing_from_the_migrations()
    {
        await using var db = await TestDatabase.CreateEmptyAsync();
        await using var context = db.CreateContext();

        Assert.False(context.Database.HasPendingModelChanges(), "Das Modell hat Änderungen ohne Migration: dotnet ef migrations add ...");
    }
}
