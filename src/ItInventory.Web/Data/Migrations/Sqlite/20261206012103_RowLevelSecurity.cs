using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ItInventory.Web.Data.Migrations.Sqlite
{
    /// <summary>
    /// PostgreSQL's row-level security has no SQLite counterpart: a SQLite file serves one installation on one machine,
    /// where the EF query filters are the isolation. Kept so that both migration sets stay in step.
    /// </summary>
    public partial class RowLevelSecurity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
