using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ItInventory.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ServicesExitRemindersComparison : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "TakesPartInComparison",
                table: "Tenants",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

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

            migrationBuilder.AddColumn<bool>(
                name: "PricesConfidential",
                table: "Contracts",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

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
                name: "ContractNotifications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    ContractId = table.Column<int>(type: "INTEGER", nullable: false),
                    ResponsibleUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Offsets = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractNotifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContractNotifications_AspNetUsers_ResponsibleUserId",
                        column: x => x.ResponsibleUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ContractNotifications_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContractNotifications_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

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
                name: "MarketVendors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MarketVendors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NotificationSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ContractReminders = table.Column<bool>(type: "INTEGER", nullable: false),
                    WeeklyDigest = table.Column<bool>(type: "INTEGER", nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    MinimumSeverity = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    MonthlySummary = table.Column<bool>(type: "INTEGER", nullable: false),
                    DigestDay = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DigestHour = table.Column<int>(type: "INTEGER", nullable: false),
                    Departments = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    UnsubscribeToken = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CalendarFeedToken = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NotificationSettings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NotificationSettings_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NotificationSettings_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OutgoingMails",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecipientUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ToAddress = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TextBody = table.Column<string>(type: "TEXT", nullable: false),
                    HtmlBody = table.Column<string>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IsLate = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClaimedUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClaimedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutgoingMails", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutgoingMails_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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

            migrationBuilder.CreateTable(
                name: "MarketProducts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MarketVendorId = table.Column<int>(type: "INTEGER", nullable: false),
                    CategoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MarketProducts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MarketProducts_Categories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "Categories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MarketProducts_MarketVendors_MarketVendorId",
                        column: x => x.MarketVendorId,
                        principalTable: "MarketVendors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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

            migrationBuilder.UpdateData(
                table: "Tenants",
                keyColumn: "Id",
                keyValue: 1,
                column: "TakesPartInComparison",
                value: false);

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
                name: "IX_ContractNotifications_ContractId",
                table: "ContractNotifications",
                column: "ContractId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContractNotifications_ResponsibleUserId",
                table: "ContractNotifications",
                column: "ResponsibleUserId");

            migrationBuilder.CreateIndex(
                name: "IX_ContractNotifications_TenantId",
                table: "ContractNotifications",
                column: "TenantId");

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
                name: "IX_MarketProducts_CategoryId",
                table: "MarketProducts",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_MarketProducts_Key",
                table: "MarketProducts",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MarketProducts_MarketVendorId",
                table: "MarketProducts",
                column: "MarketVendorId");

            migrationBuilder.CreateIndex(
                name: "IX_MarketVendors_Key",
                table: "MarketVendors",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NotificationSettings_CalendarFeedToken",
                table: "NotificationSettings",
                column: "CalendarFeedToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NotificationSettings_TenantId",
                table: "NotificationSettings",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_NotificationSettings_UnsubscribeToken",
                table: "NotificationSettings",
                column: "UnsubscribeToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NotificationSettings_UserId",
                table: "NotificationSettings",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingMails_Key",
                table: "OutgoingMails",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingMails_Status_NextAttemptAt",
                table: "OutgoingMails",
                columns: new[] { "Status", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingMails_TenantId",
                table: "OutgoingMails",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_OzgServices_OzgId",
                table: "OzgServices",
                column: "OzgId",
                unique: true);

            // The column with its foreign key in one ALTER TABLE: EF's AddColumn and AddForeignKey would make SQLite rebuild
            // "Products", which copies every row (and failed on a database whose rows reference products) and loses the
            // case-insensitive index of inventory numbers that EF does not know of.
            migrationBuilder.Sql("ALTER TABLE \"Products\" ADD COLUMN \"MarketProductId\" INTEGER NULL " +
                "CONSTRAINT \"FK_Products_MarketProducts_MarketProductId\" REFERENCES \"MarketProducts\" (\"Id\") ON DELETE RESTRICT;");
            migrationBuilder.CreateIndex(
                name: "IX_Products_MarketProductId",
                table: "Products",
                column: "MarketProductId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // SQLite drops the foreign key only when it rebuilds "Products" at the end; until then the market products
            // cannot be dropped while products point to them. The links go with the column anyway.
            migrationBuilder.Sql("UPDATE \"Products\" SET \"MarketProductId\" = NULL;");

            migrationBuilder.DropForeignKey(
                name: "FK_Products_MarketProducts_MarketProductId",
                table: "Products");

            migrationBuilder.DropTable(
                name: "CityServiceProducts");

            migrationBuilder.DropTable(
                name: "ContractNotifications");

            migrationBuilder.DropTable(
                name: "ExitCostItems");

            migrationBuilder.DropTable(
                name: "MarketProducts");

            migrationBuilder.DropTable(
                name: "NotificationSettings");

            migrationBuilder.DropTable(
                name: "OutgoingMails");

            migrationBuilder.DropTable(
                name: "CityServices");

            migrationBuilder.DropTable(
                name: "ExitAssessments");

            migrationBuilder.DropTable(
                name: "MarketVendors");

            migrationBuilder.DropTable(
                name: "LeikaServices");

            migrationBuilder.DropTable(
                name: "OzgServices");

            migrationBuilder.DropIndex(
                name: "IX_Products_MarketProductId",
                table: "Products");

            migrationBuilder.DropColumn(
                name: "TakesPartInComparison",
                table: "Tenants");

            migrationBuilder.DropColumn(
                name: "MarketProductId",
                table: "Products");

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
                name: "PricesConfidential",
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

            // Undoing the foreign key rebuilds "Products" (SQLite cannot drop a column that a foreign key uses), and the
            // copy has only the indexes EF knows: put the case-insensitive index of inventory numbers back by hand
            // (CaseInsensitiveKeyIndexes) before working on with the older version.
        }
    }
}
