using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ItInventory.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MarketCatalogueEditing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Retired",
                table: "MarketVendors",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Retired",
                table: "MarketProducts",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Names unique by the database's case rule (Data/UniqueKeys): a vendor's everywhere, a product's per vendor.
            migrationBuilder.Sql("CREATE UNIQUE INDEX \"UX_MarketVendors_Name\" ON \"MarketVendors\" (lower(\"Name\"));");
            migrationBuilder.Sql("CREATE UNIQUE INDEX \"UX_MarketProducts_MarketVendorId_Name\" ON \"MarketProducts\" (\"MarketVendorId\", lower(\"Name\"));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"UX_MarketProducts_MarketVendorId_Name\";");
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"UX_MarketVendors_Name\";");

            migrationBuilder.DropColumn(
                name: "Retired",
                table: "MarketVendors");

            migrationBuilder.DropColumn(
                name: "Retired",
                table: "MarketProducts");
        }
    }
}
