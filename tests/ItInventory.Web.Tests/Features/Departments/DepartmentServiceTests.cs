using ItInventory.Core.Analysis.Prices;
using ItInventory.Core.Domain;
using ItInventory.Web.Features.Departments;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Departments;

public class DepartmentServiceTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateSampleCityAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private DepartmentService Service(string role = Roles.ItLeitung) => new(_db.Factory, _db.Clock, FixedCurrentUser.WithRoles("test.user", role));

    /// <summary>
    /// Each department's part of 2026, from the raw cost lines: per product the counting lines (actuals per cost type where
    /// booked, otherwise plan); times the department's cost share / 100, cut to whole cents (the database computes in cents).
    /// </summary>
    private async Task<Dictionary<int, decimal>> PartsIndependentlyAsync()
    {
        await using var context = _db.CreateContext();
        var lines = await context.CostLines.AsNoTracking().Where(c => c.FiscalYear == 2026).ToListAsync();
        var productCost = YearCostRule.CountingLines(lines)
            .GroupBy(l => l.ProductId)
            .ToDictionary(g => g.Key, g => g.Sum(l => l.Amount));
        var usages = await context.ProductDepartments.AsNoTracking().ToListAsync();
        return usages
            .GroupBy(u => u.DepartmentId)
            .ToDictionary(g => g.Key, g => g.Sum(u => decimal.Floor(productCost.GetValueOrDefault(u.ProductId) * u.CostSharePercent) / 100m));
    }

    [Fact]
    public async Task Department_totals_equal_the_shares_of_product_costs_summed_from_the_cost_lines()
    {
        // A product whose cost shares are split, with an actual booked for 2026: it replaces the plan of its cost type only.
        await using (var context = _db.CreateContext())
        {
            var split = await context.Products.Where(p => p.UsingDepartments.Count >= 2).OrderBy(p => p.Id).FirstAsync();
            context.CostLines.Add(new CostLine { ProductId = split.Id, FiscalYear = 2026, CostType = CostType.Maintenance, Kind = CostKind.Actual, Amount = 10_000.01m });
            await context.SaveChangesAsync();
        }

        var expected = await PartsIndependentlyAsync();

        var listing = await Service().ListAsync();

        Assert.Equal(2026, listing.Year);
        Assert.True(listing.Rows.Count >= 25);
        Assert.All(listing.Rows, row => Assert.Equal(expected.GetValueOrDefault(row.Id), row.AnnualCost));
        Assert.Contains(listing.Rows, r => r.AnnualCost > 0);
        foreach (var row in listing.Rows.Where(r => r.AnnualCost > 0).Take(5))
        {
            Assert.Equal(row.AnnualCost, (await Service().GetAsync(row.Id)).TotalCost);
        }
    }

    [Fact]
    public async Task The_department_page_lists_owned_and_used_products_with_its_part()
    {
        await using var context = _db.CreateContext();
        var department = await context.Departments.Where(d => d.Number == "33").SingleAsync();
        var owned = await context.Products.Where(p => p.OwnerDepartmentId == department.Id).Select(p => p.Id).ToListAsync();
        var used = await context.ProductDepartments.Where(u => u.DepartmentId == department.Id).Select(u => u.ProductId).ToListAsync();
        var expectedIds = owned.Union(used).Order().ToList();

        var details = await Service().GetAsync(department.Id);
        var listed = (await Service().ListAsync()).Rows.Single(r => r.Id == department.Id);

        Assert.Equal(expectedIds, details.Products.Select(p => p.Id).Order());
        Assert.Equal(expectedIds.Count, listed.ProductCount);
        Assert.All(details.Products, p => Assert.Equal(p.SharePercent is { } share ? decimal.Floor(p.ProductCost * share) / 100m : 0m, p.CostPart));
        Assert.All(details.Products.Where(p => !used.Contains(p.Id)), p => Assert.Null(p.SharePercent));
        Assert.Equal(details.Products.Sum(p => p.CostPart), details.TotalCost);
    }

    [Theory]
    [InlineData("", "Bürgeramt", nameof(DepartmentInput.Number), "Bitte die Amtsnummer nach KGSt angeben, z. B. 33.")]
    [InlineData("3a", "Bürgeramt", nameof(DepartmentInput.Number), "Die Amtsnummer darf nur aus Ziffern bestehen, z. B. 33 oder 020.")]
    [InlineData("33", "Zweites Bürgeramt", nameof(DepartmentInput.Number), "Die Amtsnummer 33 ist schon vergeben.")]
    [InlineData("99", " ", nameof(DepartmentInput.Name), "Bitte den Namen des Amts angeben.")]
    public async Task Invalid_departments_are_refused_with_a_german_message_per_field(string number, string name, string field, string message)
    {
        await using var context = _db.CreateContext();
        var before = await context.Departments.CountAsync();

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Service().CreateAsync(new DepartmentInput { Number = number, Name = name }));

        Assert.Equal(message, Assert.Single(error.Errors[field]));
        Assert.Equal(before, await context.Departments.CountAsync());
    }

    [Fact]
    public async Task A_department_number_keeps_its_leading_zero_and_a_stale_edit_conflicts()
    {
        var id = await Service().CreateAsync(new DepartmentInput { Number = "068", Name = "Amt für Digitalisierung" });
        var first = await Service().GetForEditAsync(id);
        var second = await Service().GetForEditAsync(id);

        first.Name = "Amt für Digitalisierung und IT";
        await Service().UpdateAsync(id, first);
        second.Name = "Digitalamt";
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Service().UpdateAsync(id, second));

        Assert.Equal("Amt für Digitalisierung und IT", Assert.IsType<Department>(conflict.CurrentValues).Name);
        var saved = await Service().GetAsync(id);
        Assert.Equal(("068", "Amt für Digitalisierung und IT"), (saved.Fields.Number, saved.Fields.Name));
    }

    [Fact]
    public async Task Deleting_a_department_that_products_reference_is_refused_naming_the_counts()
    {
        await using var context = _db.CreateContext();
        var department = await context.Departments.SingleAsync(d => d.Number == "33");
        var owned = await context.Products.CountAsync(p => p.OwnerDepartmentId == department.Id);
        var used = await context.ProductDepartments.CountAsync(u => u.DepartmentId == department.Id);

        var refused = await Assert.ThrowsAsync<DeleteRefusedException>(() => Service().DeleteAsync(department.Id, department.Version));

        Assert.Contains($"für {owned} Produkte federführend", refused.Message);
        Assert.Contains($"Kosten von {used} Produkten", refused.Message);
        Assert.True(await context.Departments.AnyAsync(d => d.Id == department.Id));
    }

    [Fact]
    public async Task An_unused_department_can_be_deleted()
    {
        var id = await Service().CreateAsync(new DepartmentInput { Number = "98", Name = "Projektamt" });

        await Service().DeleteAsync(id, (await Service().GetForEditAsync(id)).Version);

        await Assert.ThrowsAsync<NotFoundException>(() => Service().GetAsync(id));
    }
}
