using System.Data.Common;
using ItInventory.Core.Domain.Tenants;
using ItInventory.Web.Data;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ItInventory.Web.Tests.Data;

/// <summary>A city that ran the version before tenants upgrades without losing a row, and all of it joins the first tenant.</summary>
public class TenantMigrationTests
{
    [Fact]
    public async Task Upgrading_a_single_city_database_keeps_every_row_and_puts_it_into_the_first_tenant()
    {
        await using var db = await TestDatabase.CreateSampleCityAsync();
        await using var context = db.CreateContext();
        var migrations = context.Database.GetMigrations().ToList();
        var previous = migrations[migrations.FindIndex(m => m.EndsWith("_Tenants")) - 1];
        // The schema of the version before, as a city that ran it has it, with the sample city and a user of that version.
        if (db.Provider == DatabaseProvider.PostgreSql)
        {
            await context.GetService<IMigrator>().MigrateAsync(previous);
        }
        else
        {
            // SQLite cannot migrate down with data: it rebuilds tables inside the migration's transaction, where
            // foreign keys cannot be switched off. The previous schema is built afresh and the rows copied into it.
            await context.Database.EnsureDeletedAsync();
            await context.GetService<IMigrator>().MigrateAsync(previous);
            await CopySampleCityIntoAsync(context);
        }

        await ExecuteAsync(context, """
            INSERT INTO "AspNetUsers" ("Id", "UserName", "NormalizedUserName", "EmailConfirmed", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount", "IsDisabled")
            VALUES ('vorher', 'vorher', 'VORHER', FALSE, FALSE, FALSE, TRUE, 0, FALSE)
            """);
        // The data-protection keys arrive with a later migration (CaseInsensitiveKeys), the received invoices with
        // ReceivedInvoices; the older schema has no such tables.
        var tables = context.Model.GetEntityTypes().Select(t => t.GetTableName()!)
            .Where(t => t is not ("Tenants" or "DataProtectionKeys" or "ReceivedInvoices" or "InvoiceAssignmentRules")).Distinct().Order().ToList();
        var before = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            before[table] = await CountAsync(context, $"SELECT COUNT(*) FROM \"{table}\"");
        }

        await context.Database.MigrateAsync();

        foreach (var table in tables)
        {
            Assert.True(before[table] == await CountAsync(context, $"SELECT COUNT(*) FROM \"{table}\""), $"{table}: rows lost or added");
        }

        Assert.True(before["Products"] > 0 && before["AuditEntries"] > 0 && before["AspNetUsers"] == 1);
        var owned = context.Model.GetEntityTypes().Where(t => t.FindProperty(nameof(ITenantOwned.TenantId)) is not null).Select(t => t.GetTableName()!).Distinct().Where(tables.Contains);
        foreach (var table in owned)
        {
            Assert.True(before[table] == await CountAsync(context, $"SELECT COUNT(*) FROM \"{table}\" WHERE \"TenantId\" = {Tenant.FirstId}"), $"{table}: not every row joined the first tenant");
        }

        Assert.Equal(before["Products"], await context.Products.CountAsync());
        Assert.Equal(before["AuditEntries"], await context.AuditEntries.CountAsync());
    }

    /// <summary>Every column the older schema has, from the seeded sample city (the current schema) into the older one.</summary>
    private static async Task CopySampleCityIntoAsync(InventoryDbContext context)
    {
        var template = await SampleCityTemplate.NameAsync();
        await context.Database.OpenConnectionAsync();
        var connection = context.Database.GetDbConnection();
        await ExecuteAsync(context, "PRAGMA foreign_keys = OFF");
        await ExecuteAsync(context, $"ATTACH DATABASE '{template.Replace("'", "''")}' AS sample");
        var tables = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__EFMigrationsHistory'";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            // The older schema's own seed rows (the data version) give way to the sample city's; the trail refuses deletes and is empty.
            if (table is not ("AuditEntries" or "AuditFieldChanges"))
            {
                await ExecuteAsync(context, $"DELETE FROM main.\"{table}\"");
            }

            var columns = new List<string>();
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = $"SELECT name FROM pragma_table_info('{table}', 'main')";
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    columns.Add($"\"{reader.GetString(0)}\"");
                }
            }

            var list = string.Join(", ", columns);
            await ExecuteAsync(context, $"INSERT INTO main.\"{table}\" ({list}) SELECT {list} FROM sample.\"{table}\"");
        }

        await ExecuteAsync(context, "DETACH DATABASE sample");
        await ExecuteAsync(context, "PRAGMA foreign_keys = ON");
    }

    private static async Task ExecuteAsync(InventoryDbContext context, string sql) => await context.Database.ExecuteSqlRawAsync(sql);

    private static async Task<long> CountAsync(InventoryDbContext context, string sql)
    {
        // Opened by EF, so that on PostgreSQL the connection carries the context's tenant for row-level security.
        await context.Database.OpenConnectionAsync();
        var connection = context.Database.GetDbConnection();

        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
