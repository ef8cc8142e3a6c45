using ItInventory.Web.Data;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ItInventory.Web.Tests.Data;

/// <summary>
/// The database's half of tenant isolation on PostgreSQL, tried with hand-written SQL through the app's own
/// connection and role, which the EF query filters do not see: the policies alone keep the tenants apart.
/// </summary>
public sealed class RowLevelSecurityTests : TwoTenantsDatabase
{
    private static readonly string[] TenantTables =
        ["Departments", "Vendors", "Products", "ProductDepartments", "ProductStandards", "Contracts", "CostLines", "Interfaces", "ContractProducts"];

    private static async Task<long> CountAsync(InventoryDbContext db, string table)
    {
        var sql = "SELECT COUNT(*) AS \"Value\" FROM \"" + table + "\"";
        return await db.Database.SqlQueryRaw<long>(sql).SingleAsync();
    }

    [PostgreSqlFact]
    public async Task Raw_sql_through_the_apps_connection_sees_only_the_tenant_it_set()
    {
        await using var first = ContextOf(1);
        await using var second = ContextOf(Second.TenantId);

        foreach (var table in TenantTables)
        {
            Assert.True(await CountAsync(second, table) == 1, $"{table}: the second tenant's connection sees {await CountAsync(second, table)} rows");
            Assert.True(await CountAsync(first, table) > 1, table);
        }

        var ids = await first.Database.SqlQueryRaw<int>("SELECT \"Id\" AS \"Value\" FROM \"Products\"").ToListAsync();
        Assert.DoesNotContain(Second.ProductId, ids);
        Assert.Equal(0, await CountAsync(first, "AuditEntries") - await first.AuditEntries.IgnoreQueryFilters().LongCountAsync());
    }

    [PostgreSqlFact]
    public async Task A_connection_without_a_tenant_sees_no_tenant_owned_row()
    {
        await using var none = ContextOf(null);
        foreach (var table in TenantTables)
        {
            Assert.True(await CountAsync(none, table) == 0, $"{table}: {await CountAsync(none, table)} rows without a tenant");
        }
    }

    [PostgreSqlFact]
    public async Task Raw_sql_cannot_change_or_create_another_tenants_rows()
    {
        await using var first = ContextOf(1);

        var changed = await first.Database.ExecuteSqlAsync($"UPDATE \"Products\" SET \"Name\" = 'übernommen' WHERE \"Id\" = {Second.ProductId}");
        var deleted = await first.Database.ExecuteSqlAsync($"DELETE FROM \"Interfaces\" WHERE \"Id\" = {Second.InterfaceId}");
        var refused = await Assert.ThrowsAsync<PostgresException>(() => first.Database.ExecuteSqlAsync(
            $"INSERT INTO \"Departments\" (\"TenantId\", \"Number\", \"Name\", \"Version\") VALUES ({Second.TenantId}, '77', 'Untergeschoben', gen_random_uuid())"));

        Assert.Equal((0, 0), (changed, deleted));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        await using var second = ContextOf(Second.TenantId);
        Assert.Equal("Feldverfahren", (await second.Products.SingleAsync()).Name);
        Assert.Equal(1, await second.Interfaces.CountAsync());
        Assert.Equal(1, await second.Departments.CountAsync());
    }

    [PostgreSqlFact]
    public async Task A_pooled_connection_does_not_keep_the_tenant_of_its_last_user()
    {
        await using (var second = ContextOf(Second.TenantId))
        {
            Assert.Equal(1, await CountAsync(second, "Products"));
        }

        // The same pool, opened without the app's context: whatever the last user set is gone.
        await using var plain = new NpgsqlConnection(Db.ConnectionString);
        await plain.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT coalesce(current_setting('itinventory.tenant', TRUE), ''), (SELECT COUNT(*) FROM \"Products\")", plain);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        Assert.Equal(("", 0L), (reader.GetString(0), reader.GetInt64(1)));
    }

    [PostgreSqlFact]
    public async Task The_app_connects_as_a_role_the_policies_apply_to()
    {
        await using var db = ContextOf(1);
        var role = await db.Database.SqlQueryRaw<string>("SELECT CASE WHEN rolsuper OR rolbypassrls THEN 'bypasses' ELSE 'bound' END AS \"Value\" FROM pg_roles WHERE rolname = current_user").SingleAsync();
        Assert.Equal("bound", role);
    }

    [PostgreSqlFact]
    public async Task Every_tenant_owned_table_of_the_model_has_its_forced_policy()
    {
        await using var db = ContextOf(1);
        // The tokens are found by their secret's hash before a tenant is known (see the RowLevelSecurity migration).
        var tables = db.Model.GetEntityTypes()
            .Where(t => typeof(ItInventory.Core.Domain.Tenants.ITenantOwned).IsAssignableFrom(t.ClrType) && t.ClrType != typeof(ItInventory.Web.Data.Entities.PersonalAccessToken))
            .Select(t => t.GetTableName()!)
            .Distinct()
            .ToList();
        Assert.NotEmpty(tables);
        var protectedTables = await db.Database.SqlQueryRaw<string>(
                "SELECT c.relname AS \"Value\" FROM pg_class c WHERE c.relrowsecurity AND c.relforcerowsecurity AND EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid)")
            .ToListAsync();
        Assert.Empty(tables.Except(protectedTables));
    }
}
