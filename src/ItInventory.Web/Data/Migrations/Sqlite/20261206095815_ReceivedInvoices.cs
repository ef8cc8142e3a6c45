using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ItInventory.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReceivedInvoices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "InvoiceAddress",
                table: "Vendors",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VatId",
                table: "Vendors",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DeductibleVatPercent",
                table: "Products",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeitwegId",
                table: "Departments",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReceivedInvoiceId",
                table: "CostLines",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "InvoiceAssignmentRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    VendorId = table.Column<int>(type: "INTEGER", nullable: false),
                    LineText = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CostType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ProductId = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvoiceAssignmentRules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvoiceAssignmentRules_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InvoiceAssignmentRules_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InvoiceAssignmentRules_Vendors_VendorId",
                        column: x => x.VendorId,
                        principalTable: "Vendors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReceivedInvoices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RetainUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Syntax = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IssueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TypeCode = table.Column<int>(type: "INTEGER", nullable: false),
                    SellerName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    SellerVatId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SellerAddress = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    BuyerReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContractReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OrderReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PrecedingNumber = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Net = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: false),
                    Vat = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: false),
                    Gross = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: false),
                    Prepaid = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: false),
                    Payable = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: false),
                    PaymentYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    VendorId = table.Column<int>(type: "INTEGER", nullable: true),
                    ContractId = table.Column<int>(type: "INTEGER", nullable: true),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: true),
                    MatchReasons = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Flag = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReplacedById = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceivedInvoices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReceivedInvoices_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReceivedInvoices_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReceivedInvoices_ReceivedInvoices_ReplacedById",
                        column: x => x.ReplacedById,
                        principalTable: "ReceivedInvoices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReceivedInvoices_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReceivedInvoices_Vendors_VendorId",
                        column: x => x.VendorId,
                        principalTable: "Vendors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CostLines_ReceivedInvoiceId",
                table: "CostLines",
                column: "ReceivedInvoiceId");

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceAssignmentRules_ProductId",
                table: "InvoiceAssignmentRules",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceAssignmentRules_TenantId",
                table: "InvoiceAssignmentRules",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceAssignmentRules_VendorId_LineText",
                table: "InvoiceAssignmentRules",
                columns: new[] { "VendorId", "LineText" });

            migrationBuilder.CreateIndex(
                name: "IX_ReceivedInvoices_ContractId",
                table: "ReceivedInvoices",
                column: "ContractId");

            migrationBuilder.CreateIndex(
                name: "IX_ReceivedInvoices_DepartmentId",
                table: "ReceivedInvoices",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_ReceivedInvoices_ReplacedById",
                table: "ReceivedInvoices",
                column: "ReplacedById");

            migrationBuilder.CreateIndex(
                name: "IX_ReceivedInvoices_TenantId_Number",
                table: "ReceivedInvoices",
                columns: new[] { "TenantId", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_ReceivedInvoices_TenantId_Sha256",
                table: "ReceivedInvoices",
                columns: new[] { "TenantId", "Sha256" });

            migrationBuilder.CreateIndex(
                name: "IX_ReceivedInvoices_TenantId_Status",
                table: "ReceivedInvoices",
                columns: new[] { "TenantId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ReceivedInvoices_VendorId",
                table: "ReceivedInvoices",
                column: "VendorId");

            migrationBuilder.AddForeignKey(
                name: "FK_CostLines_ReceivedInvoices_ReceivedInvoiceId",
                table: "CostLines",
                column: "ReceivedInvoiceId",
                principalTable: "ReceivedInvoices",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Columns of Vendors, Products and Departments are dropped by SQLite itself (3.35+), not by EF's rebuild of
            // the table, which would lose the unique indexes on lower(column) of the migration CaseInsensitiveKeys.
            migrationBuilder.DropForeignKey(
                name: "FK_CostLines_ReceivedInvoices_ReceivedInvoiceId",
                table: "CostLines");

            migrationBuilder.DropTable(
                name: "InvoiceAssignmentRules");

            migrationBuilder.DropTable(
                name: "ReceivedInvoices");

            migrationBuilder.DropIndex(
                name: "IX_CostLines_ReceivedInvoiceId",
                table: "CostLines");

            migrationBuilder.Sql("ALTER TABLE \"Vendors\" DROP COLUMN \"InvoiceAddress\";");

            migrationBuilder.Sql("ALTER TABLE \"Vendors\" DROP COLUMN \"VatId\";");

            migrationBuilder.Sql("ALTER TABLE \"Products\" DROP COLUMN \"DeductibleVatPercent\";");

            migrationBuilder.Sql("ALTER TABLE \"Departments\" DROP COLUMN \"LeitwegId\";");

            migrationBuilder.DropColumn(
                name: "ReceivedInvoiceId",
                table: "CostLines");
        }
    }
}
