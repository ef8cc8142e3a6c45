using Microsoft.EntityFrameworkCore.Migrations;

namespace ItInventory.Web.Data.Migrations.PostgreSql;

/// <summary>
/// The row-level security of a tenant-owned table on PostgreSQL, for every migration that adds one: with the policy,
/// even hand-written SQL through the app's connection sees and writes only the rows of the tenant its context set
/// (TenantSessionInterceptor), and no tenant-owned row without one. FORCE makes it apply to the tables' owner, the role
/// the app runs as. RowLevelSecurityTests checks that every tenant-owned table of the model has it.
/// </summary>
public static class TenantPolicies
{
    /// <summary>
    /// The tenant of the connection, null when none is set. As a sub-select, PostgreSQL evaluates it once per query (an
    /// InitPlan) instead of once per row.
    /// </summary>
    public const string CurrentTenant = "(SELECT NULLIF(current_setting('itinventory.tenant', TRUE), '')::integer)";

    public static void Enable(MigrationBuilder migrationBuilder, params string[] tables)
    {
        foreach (var table in tables)
        {
            migrationBuilder.Sql($"""
                ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY;
                ALTER TABLE "{table}" FORCE ROW LEVEL SECURITY;
                CREATE POLICY "{table}_Tenant" ON "{table}"
                    USING ("TenantId" = {CurrentTenant}) WITH CHECK ("TenantId" = {CurrentTenant});
                """);
        }
    }

    public static void Disable(MigrationBuilder migrationBuilder, params string[] tables)
    {
        foreach (var table in tables)
        {
            migrationBuilder.Sql($"""
                DROP POLICY IF EXISTS "{table}_Tenant" ON "{table}";
                ALTER TABLE "{table}" NO FORCE ROW LEVEL SECURITY;
                ALTER TABLE "{table}" DISABLE ROW LEVEL SECURITY;
                """);
        }
    }
}
