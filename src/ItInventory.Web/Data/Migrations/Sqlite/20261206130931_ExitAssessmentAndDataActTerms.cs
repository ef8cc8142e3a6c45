using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ItInventory.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ExitAssessmentAndDataActTerms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "CustomBuiltExemption",
                table: "Contracts",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "DataRetrievalDays",
                table: "Contracts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "EgressForParallelUse",
                table: "Contracts",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "ExportFormats",
                table: "Contracts",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsDataProcessingService",
                table: "Contracts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SwitchingDataCategories",
                table: "Contracts",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SwitchingFee",
                table: "Contracts",
                type: "INTEGER",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "SwitchingFeeAtDirectCost",
                table: "Contracts",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "SwitchingNoticeMonths",
                table: "Contracts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "TransitionExtendedByCustomer",
                table: "Contracts",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "TransitionUnfeasibleDeclared",
                table: "Contracts",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "TransitionalPeriodDays",
                table: "Contracts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ExitAssessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProductId = table.Column<int>(type: "INTEGER", nullable: false),
                    AssessedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Author = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AlternativeName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AlternativeAnnualCost = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: true),
                    ExportTestedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExitAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExitAssessments_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExitAssessments_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ExitCostItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    ExitAssessmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExitCostItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExitCostItems_ExitAssessments_ExitAssessmentId",
                        column: x => x.ExitAssessmentId,
                        principalTable: "ExitAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExitCostItems_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ExitAssessments_ProductId",
                table: "ExitAssessments",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_ExitAssessments_TenantId_ProductId",
                table: "ExitAssessments",
                columns: new[] { "TenantId", "ProductId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExitCostItems_ExitAssessmentId_ItemKey",
                table: "ExitCostItems",
                columns: new[] { "ExitAssessmentId", "ItemKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExitCostItems_TenantId",
                table: "ExitCostItems",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExitCostItems");

            migrationBuilder.DropTable(
                name: "ExitAssessments");

            migrationBuilder.DropColumn(
                name: "CustomBuiltExemption",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "DataRetrievalDays",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "EgressForParallelUse",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "ExportFormats",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "IsDataProcessingService",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "SwitchingDataCategories",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "SwitchingFee",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "SwitchingFeeAtDirectCost",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "SwitchingNoticeMonths",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "TransitionExtendedByCustomer",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "TransitionUnfeasibleDeclared",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "TransitionalPeriodDays",
                table: "Contracts");
        }
    }
}
