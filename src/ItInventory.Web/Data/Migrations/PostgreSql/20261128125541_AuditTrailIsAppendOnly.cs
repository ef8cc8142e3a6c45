using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ItInventory.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AuditTrailIsAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The audit trail is append-only even for anyone writing SQL through the app's connection:
            // the database itself refuses updates and deletes (and TRUNCATE, which skips row triggers).
            migrationBuilder.Sql("""
                CREATE FUNCTION "AuditTrailIsAppendOnly"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'Das Änderungsprotokoll ist unveränderlich.' USING ERRCODE = 'insufficient_privilege';
                END;
                $$;
                """);
            foreach (var table in new[] { "AuditEntries", "AuditFieldChanges" })
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{table}_NoUpdateOrDelete" BEFORE UPDATE OR DELETE ON "{table}"
                    FOR EACH ROW EXECUTE FUNCTION "AuditTrailIsAppendOnly"();
                    """);
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{table}_NoTruncate" BEFORE TRUNCATE ON "{table}"
                    FOR EACH STATEMENT EXECUTE FUNCTION "AuditTrailIsAppendOnly"();
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in new[] { "AuditEntries", "AuditFieldChanges" })
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"{table}_NoUpdateOrDelete\" ON \"{table}\";");
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"{table}_NoTruncate\" ON \"{table}\";");
            }

            migrationBuilder.Sql("DROP FUNCTION IF EXISTS \"AuditTrailIsAppendOnly\"();");
        }
    }
}
