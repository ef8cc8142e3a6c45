using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ItInventory.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CaseInsensitiveKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Vendors_TenantId_Name",
                table: "Vendors");

            migrationBuilder.DropIndex(
                name: "IX_Tenants_Name",
                table: "Tenants");

            migrationBuilder.DropIndex(
                name: "IX_Standards_Code",
                table: "Standards");

            migrationBuilder.DropIndex(
                name: "IX_Products_TenantId_InventoryNumber",
                table: "Products");

            migrationBuilder.DropIndex(
                name: "IX_Departments_TenantId_Number",
                table: "Departments");

            migrationBuilder.DropIndex(
                name: "IX_Contracts_TenantId_ContractNumber",
                table: "Contracts");

            migrationBuilder.DropIndex(
                name: "IX_Categories_Code",
                table: "Categories");

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Vendors_TenantId",
                table: "Vendors",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Products_TenantId",
                table: "Products",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Departments_TenantId",
                table: "Departments",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_TenantId",
                table: "Contracts",
                column: "TenantId");

            // The keys people type are unique ignoring case (Data/UniqueKeys), which EF cannot model.
            CaseInsensitiveKeyIndexes.Create(migrationBuilder, postgreSql: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            CaseInsensitiveKeyIndexes.Drop(migrationBuilder);
            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropIndex(
                name: "IX_Vendors_TenantId",
                table: "Vendors");

            migrationBuilder.DropIndex(
                name: "IX_Products_TenantId",
                table: "Products");

            migrationBuilder.DropIndex(
                name: "IX_Departments_TenantId",
                table: "Departments");

            migrationBuilder.DropIndex(
                name: "IX_Contracts_TenantId",
                table: "Contracts");

            migrationBuilder.CreateIndex(
                name: "IX_Vendors_TenantId_Name",
                table: "Vendors",
                columns: new[] { "TenantId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Tenants_Name",
                table: "Tenants",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Standards_Code",
                table: "Standards",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Products_TenantId_InventoryNumber",
                table: "Products",
                columns: new[] { "TenantId", "InventoryNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Departments_TenantId_Number",
                table: "Departments",
                columns: new[] { "TenantId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_TenantId_ContractNumber",
                table: "Contracts",
                columns: new[] { "TenantId", "ContractNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Categories_Code",
                table: "Categories",
                column: "Code",
                unique: true);
        }
    }
}
