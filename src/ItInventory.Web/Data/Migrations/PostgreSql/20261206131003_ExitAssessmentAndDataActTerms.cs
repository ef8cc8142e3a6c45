using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ItInventory.Web.Data.Migrations.PostgreSql
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
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "DataRetrievalDays",
                table: "Contracts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "EgressForParallelUse",
                table: "Contracts",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "ExportFormats",
                table: "Contracts",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsDataProcessingService",
                table: "Contracts",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SwitchingDataCategories",
                table: "Contracts",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "SwitchingFee",
                table: "Contracts",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "SwitchingFeeAtDirectCost",
                table: "Contracts",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "SwitchingNoticeMonths",
                table: "Contracts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "TransitionExtendedByCustomer",
                table: "Contracts",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "TransitionUnfeasibleDeclared",
                table: "Contracts",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "TransitionalPeriodDays",
                table: "Contracts",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ExitAssessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    ProductId = table.Column<int>(type: "integer", nullable: false),
                    AssessedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Author = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AlternativeName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AlternativeAnnualCost = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    ExportTestedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    ExitAssessmentId = table.Column<int>(type: "integer", nullable: false),
                    ItemKey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
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

            TenantPolicies.Enable(migrationBuilder, "ExitAssessments", "ExitCostItems");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            TenantPolicies.Disable(migrationBuilder, "ExitAssessments", "ExitCostItems");

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
