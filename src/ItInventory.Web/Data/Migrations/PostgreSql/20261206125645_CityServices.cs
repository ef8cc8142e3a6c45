using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ItInventory.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CityServices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LeikaServices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: false),
                    Name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    LeikaType = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    OzgId = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    IsWithdrawn = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LeikaServices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OzgServices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OzgId = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    LifeSituation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    TopicArea = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    IsWithdrawn = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OzgServices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CityServices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    OzgServiceId = table.Column<int>(type: "integer", nullable: false),
                    LeikaServiceId = table.Column<int>(type: "integer", nullable: true),
                    AnnualCases = table.Column<int>(type: "integer", nullable: true),
                    CaseYear = table.Column<int>(type: "integer", nullable: true),
                    OnlineServiceName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    MaturityModel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    MaturityLevel = table.Column<int>(type: "integer", nullable: true),
                    MaturitySource = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Connection = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CityServices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CityServices_LeikaServices_LeikaServiceId",
                        column: x => x.LeikaServiceId,
                        principalTable: "LeikaServices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CityServices_OzgServices_OzgServiceId",
                        column: x => x.OzgServiceId,
                        principalTable: "OzgServices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CityServices_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CityServiceProducts",
                columns: table => new
                {
                    CityServiceId = table.Column<int>(type: "integer", nullable: false),
                    ProductId = table.Column<int>(type: "integer", nullable: false),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    IsSpecialisedProcedure = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CityServiceProducts", x => new { x.CityServiceId, x.ProductId });
                    table.ForeignKey(
                        name: "FK_CityServiceProducts_CityServices_CityServiceId",
                        column: x => x.CityServiceId,
                        principalTable: "CityServices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CityServiceProducts_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CityServiceProducts_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CityServiceProducts_ProductId",
                table: "CityServiceProducts",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_CityServiceProducts_TenantId",
                table: "CityServiceProducts",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_CityServices_LeikaServiceId",
                table: "CityServices",
                column: "LeikaServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_CityServices_OzgServiceId",
                table: "CityServices",
                column: "OzgServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_CityServices_TenantId_OzgServiceId",
                table: "CityServices",
                columns: new[] { "TenantId", "OzgServiceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LeikaServices_Key",
                table: "LeikaServices",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LeikaServices_OzgId",
                table: "LeikaServices",
                column: "OzgId");

            migrationBuilder.CreateIndex(
                name: "IX_OzgServices_OzgId",
                table: "OzgServices",
                column: "OzgId",
                unique: true);

            TenantPolicies.Enable(migrationBuilder, "CityServices", "CityServiceProducts");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            TenantPolicies.Disable(migrationBuilder, "CityServices", "CityServiceProducts");

            migrationBuilder.DropTable(
                name: "CityServiceProducts");

            migrationBuilder.DropTable(
                name: "CityServices");

            migrationBuilder.DropTable(
                name: "LeikaServices");

            migrationBuilder.DropTable(
                name: "OzgServices");
        }
    }
}
