using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ItInventory.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class RowLevelSecurity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Isolation enforced by the database too: see TenantPolicies.
            TenantPolicies.Enable(migrationBuilder, TenantTables);

            // The trail: a tenant reads its own events (without a tenant: the installation's); anyone may append, since
            // a login is recorded for the user's tenant before anyone is signed in. Updates and deletes reach the rows
            // a tenant can read, so that the append-only triggers refuse them with their message instead of silently
            // touching nothing.
            foreach (var table in new[] { "AuditEntries", "AuditFieldChanges" })
            {
                migrationBuilder.Sql($"""
                    ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY;
                    ALTER TABLE "{table}" FORCE ROW LEVEL SECURITY;
                    CREATE POLICY "{table}_Read" ON "{table}" FOR SELECT USING ("TenantId" IS NOT DISTINCT FROM {CurrentTenant});
                    CREATE POLICY "{table}_Append" ON "{table}" FOR INSERT WITH CHECK (TRUE);
                    CREATE POLICY "{table}_Update" ON "{table}" FOR UPDATE USING ("TenantId" IS NOT DISTINCT FROM {CurrentTenant});
                    CREATE POLICY "{table}_Delete" ON "{table}" FOR DELETE USING ("TenantId" IS NOT DISTINCT FROM {CurrentTenant});
                    """);
            }

            // The contract-product links carry no tenant of their own: they are visible where their contract is.
            migrationBuilder.Sql($"""
                ALTER TABLE "ContractProducts" ENABLE ROW LEVEL SECURITY;
                ALTER TABLE "ContractProducts" FORCE ROW LEVEL SECURITY;
                CREATE POLICY "ContractProducts_Tenant" ON "ContractProducts"
                    USING (EXISTS (SELECT 1 FROM "Contracts" c WHERE c."Id" = "ContractsId"))
                    WITH CHECK (EXISTS (SELECT 1 FROM "Contracts" c WHERE c."Id" = "ContractsId"));
                """);
        }

        private const string CurrentTenant = TenantPolicies.CurrentTenant;

        /// <summary>
        /// Every tenant-owned table but the tokens, which are found by the hash of their secret before a tenant is known
        /// (the token names it); they hold no inventory, and the app's queries filter them by tenant like all others.
        /// </summary>
        private static readonly string[] TenantTables =
            ["Departments", "Vendors", "Products", "ProductDepartments", "ProductStandards", "Contracts", "CostLines", "Interfaces", "Settings"];


        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            TenantPolicies.Disable(migrationBuilder, TenantTables);

            foreach (var table in new[] { "AuditEntries", "AuditFieldChanges" })
            {
                migrationBuilder.Sql($"""
                    DROP POLICY IF EXISTS "{table}_Read" ON "{table}";
                    DROP POLICY IF EXISTS "{table}_Append" ON "{table}";
                    DROP POLICY IF EXISTS "{table}_Update" ON "{table}";
                    DROP POLICY IF EXISTS "{table}_Delete" ON "{table}";
                    ALTER TABLE "{table}" NO FORCE ROW LEVEL SECURITY;
                    ALTER TABLE "{table}" DISABLE ROW LEVEL SECURITY;
                    """);
            }

            migrationBuilder.Sql("""
                DROP POLICY IF EXISTS "ContractProducts_Tenant" ON "ContractProducts";
                ALTER TABLE "ContractProducts" NO FORCE ROW LEVEL SECURITY;
                ALTER TABLE "ContractProducts" DISABLE ROW LEVEL SECURITY;
                """);
        }
    }
}
