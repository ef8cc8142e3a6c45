using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ItInventory.Web.Data.Migrations.PostgreSql
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
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VatId",
                table: "Vendors",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DeductibleVatPercent",
                table: "Products",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeitwegId",
                table: "Departments",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReceivedInvoiceId",
                table: "CostLines",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "InvoiceAssignmentRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    VendorId = table.Column<int>(type: "integer", nullable: false),
                    LineText = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CostType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ProductId = table.Column<int>(type: "integer", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RetainUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    Syntax = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Number = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IssueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    TypeCode = table.Column<int>(type: "integer", nullable: false),
                    SellerName = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    SellerVatId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SellerAddress = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    BuyerReference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ContractReference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OrderReference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PrecedingNumber = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: true),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: true),
                    Net = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Vat = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Gross = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Prepaid = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Payable = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    PaymentYear = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    VendorId = table.Column<int>(type: "integer", nullable: true),
                    ContractId = table.Column<int>(type: "integer", nullable: true),
                    DepartmentId = table.Column<int>(type: "integer", nullable: true),
                    MatchReasons = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Flag = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ReplacedById = table.Column<int>(type: "integer", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
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

            TenantPolicies.Enable(migrationBuilder, "ReceivedInvoices", "InvoiceAssignmentRules");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            TenantPolicies.Disable(migrationBuilder, "ReceivedInvoices", "InvoiceAssignmentRules");

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

            migrationBuilder.DropColumn(
                name: "InvoiceAddress",
                table: "Vendors");

            migrationBuilder.DropColumn(
                name: "VatId",
                table: "Vendors");

            migrationBuilder.DropColumn(
                name: "DeductibleVatPercent",
                table: "Products");

            migrationBuilder.DropColumn(
                name: "LeitwegId",
                table: "Departments");

            migrationBuilder.DropColumn(
                name: "ReceivedInvoiceId",
                table: "CostLines");
        }
    }
}
