using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ItInventory.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CoveringCostIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CostLines_FiscalYear_Kind",
                table: "CostLines");

            migrationBuilder.DropIndex(
                name: "IX_CostLines_ProductId_FiscalYear",
                table: "CostLines");

            migrationBuilder.CreateIndex(
                name: "IX_CostLines_FiscalYear_Kind_Amount",
                table: "CostLines",
                columns: new[] { "FiscalYear", "Kind", "Amount" });

            migrationBuilder.CreateIndex(
                name: "IX_CostLines_ProductId_FiscalYear_Kind_Amount",
                table: "CostLines",
                columns: new[] { "ProductId", "FiscalYear", "Kind", "Amount" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CostLines_FiscalYear_Kind_Amount",
                table: "CostLines");

            migrationBuilder.DropIndex(
                name: "IX_CostLines_ProductId_FiscalYear_Kind_Amount",
                table: "CostLines");

            migrationBuilder.CreateIndex(
                name: "IX_CostLines_FiscalYear_Kind",
                table: "CostLines",
                columns: new[] { "FiscalYear", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_CostLines_ProductId_FiscalYear",
                table: "CostLines",
                columns: new[] { "ProductId", "FiscalYear" });
        }
    }
}
