using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ItInventory.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CostLinesCoveringIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CostLines_TenantId_FiscalYear_Kind_Amount",
                table: "CostLines");

            migrationBuilder.CreateIndex(
                name: "IX_CostLines_TenantId_FiscalYear_Covering",
                table: "CostLines",
                columns: new[] { "TenantId", "FiscalYear", "Kind", "Amount", "ProductId", "CostType", "ContractId", "Quantity" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CostLines_TenantId_FiscalYear_Covering",
                table: "CostLines");

            migrationBuilder.CreateIndex(
                name: "IX_CostLines_TenantId_FiscalYear_Kind_Amount",
                table: "CostLines",
                columns: new[] { "TenantId", "FiscalYear", "Kind", "Amount" });
        }
    }
}
