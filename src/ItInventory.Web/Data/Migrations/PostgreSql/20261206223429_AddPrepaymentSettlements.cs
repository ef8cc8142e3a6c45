using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ItInventory.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AddPrepaymentSettlements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PrepaymentSettlements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    FinalInvoiceId = table.Column<int>(type: "integer", nullable: false),
                    PrepaymentInvoiceId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrepaymentSettlements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PrepaymentSettlements_ReceivedInvoices_FinalInvoiceId",
                        column: x => x.FinalInvoiceId,
                        principalTable: "ReceivedInvoices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PrepaymentSettlements_ReceivedInvoices_PrepaymentInvoiceId",
                        column: x => x.PrepaymentInvoiceId,
                        principalTable: "ReceivedInvoices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PrepaymentSettlements_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PrepaymentSettlements_FinalInvoiceId",
                table: "PrepaymentSettlements",
                column: "FinalInvoiceId");

            migrationBuilder.CreateIndex(
                name: "IX_PrepaymentSettlements_PrepaymentInvoiceId",
                table: "PrepaymentSettlements",
                column: "PrepaymentInvoiceId");

            migrationBuilder.CreateIndex(
                name: "IX_PrepaymentSettlements_TenantId_FinalInvoiceId",
                table: "PrepaymentSettlements",
                columns: new[] { "TenantId", "FinalInvoiceId" });

            migrationBuilder.CreateIndex(
                name: "IX_PrepaymentSettlements_TenantId_PrepaymentInvoiceId",
                table: "PrepaymentSettlements",
                columns: new[] { "TenantId", "PrepaymentInvoiceId" },
                unique: true);

            TenantPolicies.Enable(migrationBuilder, "PrepaymentSettlements");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            TenantPolicies.Disable(migrationBuilder, "PrepaymentSettlements");

            migrationBuilder.DropTable(
                name: "PrepaymentSettlements");
        }
    }
}
