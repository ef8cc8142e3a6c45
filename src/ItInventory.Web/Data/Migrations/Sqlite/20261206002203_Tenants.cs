using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ItInventory.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Tenants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Vendors_Name",
                table: "Vendors");

            migrationBuilder.DropIndex(
                name: "IX_Settings_Key",
                table: "Settings");

            migrationBuilder.DropIndex(
                name: "IX_Products_InventoryNumber",
                table: "Products");

            migrationBuilder.DropIndex(
                name: "IX_Departments_Number",
                table: "Departments");

            migrationBuilder.DropIndex(
                name: "IX_CostLines_FiscalYear_Kind_Amount",
                table: "CostLines");

            migrationBuilder.DropIndex(
                name: "IX_Contracts_ContractNumber",
                table: "Contracts");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_TimestampUtc",
                table: "AuditEntries");

            migrationBuilder.AddColumn<int>(
                name: "TenantId",
                table: "Vendors",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "TenantId",
                table: "Settings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "TenantId",
                table: "ProductStandards",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "TenantId",
                table: "Products",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "TenantId",
                table: "ProductDepartments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "TenantId",
                table: "PersonalAccessTokens",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "TenantId",
                table: "Interfaces",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "TenantId",
                table: "Departments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "TenantId",
                table: "CostLines",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "TenantId",
                table: "Contracts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "TenantId",
                table: "AuditFieldChanges",
                type: "INTEGER",
                nullable: true,
                // The trail refuses updates (a trigger): existing entries get the first tenant as the column's default.
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "TenantId",
                table: "AuditEntries",
                type: "INTEGER",
                nullable: true,
                // The trail refuses updates (a trigger): existing entries get the first tenant as the column's default.
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "TenantId",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Tenants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FederalState = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OfficialKey = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    RegionalKey = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    Inhabitants = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tenants", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "Tenants",
                columns: new[] { "Id", "FederalState", "Inhabitants", "Kind", "Name", "OfficialKey", "RegionalKey", "Version" },
                values: new object[] { 1, "NordrheinWestfalen", null, "KreisfreieStadt", "", null, null, new Guid("6d2d9c3e-0b5a-4c1e-9a43-6f1f3c0e8a01") });

            // An upgraded single-city database: every existing record, user and audit entry joins the first tenant.
            migrationBuilder.Sql("UPDATE \"Vendors\" SET \"TenantId\" = 1;");
            migrationBuilder.Sql("UPDATE \"Settings\" SET \"TenantId\" = 1;");
            migrationBuilder.Sql("UPDATE \"ProductStandards\" SET \"TenantId\" = 1;");
            migrationBuilder.Sql("UPDATE \"Products\" SET \"TenantId\" = 1;");
            migrationBuilder.Sql("UPDATE \"ProductDepartments\" SET \"TenantId\" = 1;");
            migrationBuilder.Sql("UPDATE \"PersonalAccessTokens\" SET \"TenantId\" = 1;");
            migrationBuilder.Sql("UPDATE \"Interfaces\" SET \"TenantId\" = 1;");
            migrationBuilder.Sql("UPDATE \"Departments\" SET \"TenantId\" = 1;");
            migrationBuilder.Sql("UPDATE \"CostLines\" SET \"TenantId\" = 1;");
            migrationBuilder.Sql("UPDATE \"Contracts\" SET \"TenantId\" = 1;");
            migrationBuilder.Sql("UPDATE \"AspNetUsers\" SET \"TenantId\" = 1;");

            migrationBuilder.CreateIndex(
                name: "IX_Vendors_TenantId_Name",
                table: "Vendors",
                columns: new[] { "TenantId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Settings_TenantId_Key",
                table: "Settings",
                columns: new[] { "TenantId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProductStandards_TenantId",
                table: "ProductStandards",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Products_TenantId_InventoryNumber",
                table: "Products",
                columns: new[] { "TenantId", "InventoryNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProductDepartments_TenantId",
                table: "ProductDepartments",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonalAccessTokens_TenantId",
                table: "PersonalAccessTokens",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Interfaces_TenantId",
                table: "Interfaces",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Departments_TenantId_Number",
                table: "Departments",
                columns: new[] { "TenantId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CostLines_TenantId_FiscalYear_Kind_Amount",
                table: "CostLines",
                columns: new[] { "TenantId", "FiscalYear", "Kind", "Amount" });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_TenantId_ContractNumber",
                table: "Contracts",
                columns: new[] { "TenantId", "ContractNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_TenantId_TimestampUtc",
                table: "AuditEntries",
                columns: new[] { "TenantId", "TimestampUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_TenantId",
                table: "AspNetUsers",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Tenants_Name",
                table: "Tenants",
                column: "Name",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_AspNetUsers_Tenants_TenantId",
                table: "AspNetUsers",
                column: "TenantId",
                principalTable: "Tenants",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Contracts_Tenants_TenantId",
                table: "Contracts",
                column: "TenantId",
                principalTable: "Tenants",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_CostLines_Tenants_TenantId",
                table: "CostLines",
                column: "TenantId",
                principalTable: "Tenants",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Departments_Tenants_TenantId",
                table: "Departments",
                column: "TenantId",
                principalTable: "Tenants",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Interfaces_Tenants_TenantId",
                table: "Interfaces",
                column: "TenantId",
                principalTable: "Tenants",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_PersonalAccessTokens_Tenants_TenantId",
                table: "PersonalAccessTokens",
                column: "TenantId",
                principalTable: "Tenants",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_ProductDepartments_Tenants_TenantId",
                table: "ProductDepartments",
                column: "TenantId",
                principalTable: "Tenants",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Products_Tenants_TenantId",
                table: "Products",
                column: "TenantId",
                principalTable: "Tenants",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_ProductStandards_Tenants_TenantId",
                table: "ProductStandards",
                column: "TenantId",
                principalTable: "Tenants",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Settings_Tenants_TenantId",
                table: "Settings",
                column: "TenantId",
                principalTable: "Tenants",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Vendors_Tenants_TenantId",
                table: "Vendors",
                column: "TenantId",
                principalTable: "Tenants",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AspNetUsers_Tenants_TenantId",
                table: "AspNetUsers");

            migrationBuilder.DropForeignKey(
                name: "FK_Contracts_Tenants_TenantId",
                table: "Contracts");

            migrationBuilder.DropForeignKey(
                name: "FK_CostLines_Tenants_TenantId",
                table: "CostLines");

            migrationBuilder.DropForeignKey(
                name: "FK_Departments_Tenants_TenantId",
                table: "Departments");

            migrationBuilder.DropForeignKey(
                name: "FK_Interfaces_Tenants_TenantId",
                table: "Interfaces");

            migrationBuilder.DropForeignKey(
                name: "FK_PersonalAccessTokens_Tenants_TenantId",
                table: "PersonalAccessTokens");

            migrationBuilder.DropForeignKey(
                name: "FK_ProductDepartments_Tenants_TenantId",
                table: "ProductDepartments");

            migrationBuilder.DropForeignKey(
                name: "FK_Products_Tenants_TenantId",
                table: "Products");

            migrationBuilder.DropForeignKey(
                name: "FK_ProductStandards_Tenants_TenantId",
                table: "ProductStandards");

            migrationBuilder.DropForeignKey(
                name: "FK_Settings_Tenants_TenantId",
                table: "Settings");

            migrationBuilder.DropForeignKey(
                name: "FK_Vendors_Tenants_TenantId",
                table: "Vendors");

            migrationBuilder.DropIndex(
                name: "IX_Vendors_TenantId_Name",
                table: "Vendors");

            migrationBuilder.DropIndex(
                name: "IX_Settings_TenantId_Key",
                table: "Settings");

            migrationBuilder.DropIndex(
                name: "IX_ProductStandards_TenantId",
                table: "ProductStandards");

            migrationBuilder.DropIndex(
                name: "IX_Products_TenantId_InventoryNumber",
                table: "Products");

            migrationBuilder.DropIndex(
                name: "IX_ProductDepartments_TenantId",
                table: "ProductDepartments");

            migrationBuilder.DropIndex(
                name: "IX_PersonalAccessTokens_TenantId",
                table: "PersonalAccessTokens");

            migrationBuilder.DropIndex(
                name: "IX_Interfaces_TenantId",
                table: "Interfaces");

            migrationBuilder.DropIndex(
                name: "IX_Departments_TenantId_Number",
                table: "Departments");

            migrationBuilder.DropIndex(
                name: "IX_CostLines_TenantId_FiscalYear_Kind_Amount",
                table: "CostLines");

            migrationBuilder.DropIndex(
                name: "IX_Contracts_TenantId_ContractNumber",
                table: "Contracts");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_TenantId_TimestampUtc",
                table: "AuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_TenantId",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "TenantId",
                table: "Vendors");

            migrationBuilder.DropColumn(
                name: "TenantId",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "TenantId",
                table: "ProductStandards");

            migrationBuilder.DropColumn(
                name: "TenantId",
                table: "Products");

            migrationBuilder.DropColumn(
                name: "TenantId",
                table: "ProductDepartments");

            migrationBuilder.DropColumn(
                name: "TenantId",
                table: "PersonalAccessTokens");

            migrationBuilder.DropColumn(
                name: "TenantId",
                table: "Interfaces");

            migrationBuilder.DropColumn(
                name: "TenantId",
                table: "Departments");

            migrationBuilder.DropColumn(
                name: "TenantId",
                table: "CostLines");

            migrationBuilder.DropColumn(
                name: "TenantId",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "TenantId",
                table: "AuditFieldChanges");

            migrationBuilder.DropColumn(
                name: "TenantId",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "TenantId",
                table: "AspNetUsers");

            migrationBuilder.CreateIndex(
                name: "IX_Vendors_Name",
                table: "Vendors",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Settings_Key",
                table: "Settings",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Products_InventoryNumber",
                table: "Products",
                column: "InventoryNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Departments_Number",
                table: "Departments",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CostLines_FiscalYear_Kind_Amount",
                table: "CostLines",
                columns: new[] { "FiscalYear", "Kind", "Amount" });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_ContractNumber",
                table: "Contracts",
                column: "ContractNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_TimestampUtc",
                table: "AuditEntries",
                column: "TimestampUtc");

            // Last: SQLite rebuilds the tables to drop their keys, and dropping the table they point to first fails.
            migrationBuilder.DropTable(
                name: "Tenants");
        }
    }
}
