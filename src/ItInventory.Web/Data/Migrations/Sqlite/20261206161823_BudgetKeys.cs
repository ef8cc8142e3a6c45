using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ItInventory.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BudgetKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BudgetAccount",
                table: "Products",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BudgetProduct",
                table: "Products",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PlannedEnd",
                table: "Products",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PlannedStart",
                table: "Products",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BudgetAccount",
                table: "Departments",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BudgetProduct",
                table: "Departments",
                type: "TEXT",
                maxLength: 20,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BudgetAccount",
                table: "Products");

            migrationBuilder.DropColumn(
                name: "BudgetProduct",
                table: "Products");

            migrationBuilder.DropColumn(
                name: "PlannedEnd",
                table: "Products");

            migrationBuilder.DropColumn(
                name: "PlannedStart",
                table: "Products");

            migrationBuilder.DropColumn(
                name: "BudgetAccount",
                table: "Departments");

            migrationBuilder.DropColumn(
                name: "BudgetProduct",
                table: "Departments");
        }
    }
}
