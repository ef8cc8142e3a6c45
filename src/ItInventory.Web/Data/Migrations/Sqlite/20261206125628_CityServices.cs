using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ItInventory.Web.Data.Migrations.Sqlite
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 14, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    LeikaType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    OzgId = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    IsWithdrawn = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LeikaServices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OzgServices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OzgId = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    LifeSituation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TopicArea = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IsWithdrawn = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OzgServices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CityServices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    OzgServiceId = table.Column<int>(type: "INTEGER", nullable: false),
                    LeikaServiceId = table.Column<int>(type: "INTEGER", nullable: true),
                    AnnualCases = table.Column<int>(type: "INTEGER", nullable: true),
                    CaseYear = table.Column<int>(type: "INTEGER", nullable: true),
                    OnlineServiceName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    MaturityModel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    MaturityLevel = table.Column<int>(type: "INTEGER", nullable: true),
                    MaturitySource = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Connection = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    CityServiceId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProductId = table.Column<int>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    IsSpecialisedProcedure = table.Column<bool>(type: "INTEGER", nullable: false)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
