using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ItInventory.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class YearCostRuleIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CostLines_ProductId_FiscalYear_Kind_Amount",
                table: "CostLines");

            migrationBuilder.CreateIndex(
                name: "IX_CostLines_ProductId_FiscalYear_CostType_Kind_Amount",
                table: "CostLines",
                columns: new[] { "ProductId", "FiscalYear", "CostType", "Kind", "Amount" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CostLines_ProductId_FiscalYear_CostType_Kind_Amount",
                table: "CostLines");

            migrationBuilder.CreateIndex(
                name: "IX_CostLines_ProductId_FiscalYear_Kind_Amount",
                table: "CostLines",
                columns: new[] { "ProductId", "FiscalYear", "Kind", "Amount" });
        }
    }
}
