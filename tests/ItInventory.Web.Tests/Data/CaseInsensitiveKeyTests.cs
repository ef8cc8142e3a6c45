using ItInventory.Core.Domain;
using ItInventory.Core.Domain.Tenants;
using ItInventory.Web.Data;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ItInventory.Web.Tests.Data;

/// <summary>
/// The keys people type are unique ignoring case in the database itself (migration CaseInsensitiveKeys), by the same
/// rule the services check with (<see cref="UniqueKeys"/>), and an old database holding case twins is refused with a
/// German message instead of half-migrated.
/// </summary>
public class CaseInsensitiveKeyTests
{
    /// <summary>
    /// For each pair the check and the index give the same answer. ASCII letters are folded on both providers; umlauts
    /// only on PostgreSQL (SQLite's lower() knows A–Z only), so there the check and the index both let the twin in.
    /// </summary>
    [Theory]
    [InlineData("Paralleltest AG", "PARALLELTEST ag")]
    [InlineData("Müller Software", "MÜLLER SOFTWARE")]
    public async Task The_services_check_and_the_database_agree_on_what_is_the_same_key(string first, string second)
    {
        await using var db = await TestDatabase.CreateSampleCityAsync();
        await using (var context = db.CreateContext())
        {
            context.Vendors.Add(NewVendor(first));
            await context.SaveChangesAsync();
        }

        await using var check = db.CreateContext();
        var taken = await check.Vendors.HavingKey(v => v.Name, second).AnyAsync();
        check.Vendors.Add(NewVendor(second));
        var refused = await Record.ExceptionAsync(() => check.SaveChangesAsync());

        Assert.Equal(taken, refused is DbUpdateException update && update.IsUniqueViolation());
        var umlautsFold = db.Provider == DatabaseProvider.PostgreSql || first.All(char.IsAscii);
        Assert.Equal(umlautsFold, taken);
    }

    /// <summary>
    /// A later migration that makes SQLite rebuild one of these tables (adding a foreign key does) drops the index EF
    /// does not know of; every index must still be there once all migrations have run.
    /// </summary>
    [Fact]
    public async Task Every_case_insensitive_key_index_survives_all_migrations()
    {
        await using var db = await TestDatabase.CreateSampleCityAsync();
        await using var context = db.CreateContext();
        var sql = db.Provider == DatabaseProvider.PostgreSql
            ? "SELECT indexname AS \"Value\" FROM pg_indexes"
            : "SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'index'";

        var indexes = await context.Database.SqlQueryRaw<string>(sql).ToListAsync();

        Assert.All(ItInventory.Web.Data.Migrations.CaseInsensitiveKeyIndexes.Keys, key => Assert.Contains(key.IndexName, indexes));
    }

    [Fact]
    public async Task Category_codes_and_tenant_names_are_unique_ignoring_case_in_the_database()
    {
        await using var db = await TestDatabase.CreateSampleCityAsync();
        await using (var context = db.CreateContext())
        {
            context.Categories.Add(new ProductCategory { Code = "KAT-X", Name = "Kategorie X" });
            context.Tenants.Add(new Tenant { Name = "Gemeinde Beispielhausen" });
            await context.SaveChangesAsync();
        }

        await using var twins = db.CreateContext();
        twins.Categories.Add(new ProductCategory { Code = "kat-x", Name = "Kategorie x" });
        Assert.True((await Assert.ThrowsAsync<DbUpdateException>(() => twins.SaveChangesAsync())).IsUniqueViolation());
        twins.ChangeTracker.Clear();
        twins.Tenants.Add(new Tenant { Name = "GEMEINDE BEISPIELHAUSEN" });
        Assert.True((await Assert.ThrowsAsync<DbUpdateException>(() => twins.SaveChangesAsync())).IsUniqueViolation());
    }

    [Fact]
    public async Task An_old_database_with_case_twins_is_refused_in_German_unchanged_and_migrates_once_they_are_renamed()
    {
        await using var db = await TestDatabase.CreateSampleCityAsync();
        await using var context = db.CreateContext();
        var migrations = context.Database.GetMigrations().ToList();
        var previous = migrations[migrations.FindIndex(m => m.EndsWith("_CaseInsensitiveKeys")) - 1];
        await context.GetService<IMigrator>().MigrateAsync(previous);
        // The rows of the older schema are written in SQL: the current model has columns that schema lacks.
        var original = await context.Database.SqlQuery<string>($"SELECT \"Name\" AS \"Value\" FROM \"Vendors\" ORDER BY \"Id\" LIMIT 1").FirstAsync();
        var twin = original.ToUpperInvariant();
        await context.Database.ExecuteSqlAsync(
            $"INSERT INTO \"Vendors\" (\"TenantId\", \"Name\", \"Kind\", \"Country\", \"Version\") VALUES ({Tenant.FirstId}, {twin}, {nameof(VendorKind.PrivateVendor)}, {"DE"}, {Guid.NewGuid()})");
        var vendors = await context.Vendors.CountAsync();

        var refused = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => context.Database.MigrateAsync());

        Assert.Contains("Die Datenbank enthält Anbieternamen, die sich nur in Groß- und Kleinschreibung unterscheiden", refused.Message);
        Assert.Contains(original, refused.Message);
        Assert.Contains(twin, refused.Message);
        Assert.Equal(previous, (await context.Database.GetAppliedMigrationsAsync()).Last());

        await context.Database.ExecuteSqlAsync($"UPDATE \"Vendors\" SET \"Name\" = {twin + " (Zweitname)"} WHERE \"Name\" = {twin}");
        await context.Database.MigrateAsync();
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        Assert.Equal(vendors, await context.Vendors.CountAsync());
    }

    private static Vendor NewVendor(string name) => new() { Name = name, Kind = VendorKind.PrivateVendor, Country = "DE" };
}
