using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ItInventory.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AuditTrailIsAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The audit trail is append-only even for anyone writing SQL through the app's connection:
            // the database itself refuses updates and deletes.
            foreach (var table in new[] { "AuditEntries", "AuditFieldChanges" })
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{table}_NoUpdate" BEFORE UPDATE ON "{table}"
                    BEGIN SELECT RAISE(ABORT, 'Das Änderungsprotokoll ist unveränderlich.'); END;
                    """);
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{table}_NoDelete" BEFORE DELETE ON "{table}"
                    BEGIN SELECT RAISE(ABORT, 'Das Änderungsprotokoll ist unveränderlich.'); END;
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in new[] { "AuditEntries", "AuditFieldChanges" })
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"{table}_NoUpdate\";");
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"{table}_NoDelete\";");
            }
        }
    }
}
