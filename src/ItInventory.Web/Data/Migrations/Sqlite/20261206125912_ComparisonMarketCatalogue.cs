using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ItInventory.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ComparisonMarketCatalogue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "TakesPartInComparison",
                table: "Tenants",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "MarketProductId",
                table: "Products",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "PricesConfidential",
                table: "Contracts",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "MarketVendors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MarketVendors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MarketProducts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MarketVendorId = table.Column<int>(type: "INTEGER", nullable: false),
                    CategoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MarketProducts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MarketProducts_Categories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "Categories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MarketProducts_MarketVendors_MarketVendorId",
                        column: x => x.MarketVendorId,
                        principalTable: "MarketVendors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.UpdateData(
                table: "Tenants",
                keyColumn: "Id",
                keyValue: 1,
                column: "TakesPartInComparison",
                value: false);

            migrationBuilder.CreateIndex(
                name: "IX_Products_MarketProductId",
                table: "Products",
                column: "MarketProductId");

            migrationBuilder.CreateIndex(
                name: "IX_MarketProducts_CategoryId",
                table: "MarketProducts",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_MarketProducts_Key",
                table: "MarketProducts",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MarketProducts_MarketVendorId",
                table: "MarketProducts",
                column: "MarketVendorId");

            migrationBuilder.CreateIndex(
                name: "IX_MarketVendors_Key",
                table: "MarketVendors",
                column: "Key",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Products_MarketProducts_MarketProductId",
                table: "Products",
                column: "MarketProductId",
                principalTable: "MarketProducts",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Products_MarketProducts_MarketProductId",
                table: "Products");

            migrationBuilder.DropTable(
                name: "MarketProducts");

            migrationBuilder.DropTable(
                name: "MarketVendors");

            migrationBuilder.DropIndex(
                name: "IX_Products_MarketProductId",
                table: "Products");

            migrationBuilder.DropColumn(
                name: "TakesPartInComparison",
                table: "Tenants");

            migrationBuilder.DropColumn(
                name: "MarketProductId",
                table: "Products");

            migrationBuilder.DropColumn(
                name: "PricesConfidential",
                table: "Contracts");
        }
    }
}
