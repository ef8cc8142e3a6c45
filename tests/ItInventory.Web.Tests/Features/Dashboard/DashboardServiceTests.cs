using ItInventory.Core.Analysis.Prices;
using ItInventory.Core.Analysis;
using ItInventory.Core.Domain;
using ItInventory.Web.Features.Dashboard;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Features.Reports;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ItInventory.Web.Tests.Features.Dashboard;

/// <summary>The dashboard's figures against sums computed independently with EF over the sample city.</summary>
public class DashboardServiceTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateSampleCityAsync();
        _services = ReportServices.For(_db, Roles.Rat);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _db.DisposeAsync();
    }

    private Task<DashboardFigures> FiguresAsync(int? year = null) =>
        _services.CreateScope().ServiceProvider.GetRequiredService<DashboardService>().GetAsync(year);

    [Fact]
    public async Task A_year_with_actuals_counts_its_actuals_and_a_plan_year_its_plan()
    {
        await using var context = _db.CreateContext();
        var actual2025 = await context.CostLines.Where(c => c.FiscalYear == 2025 && c.Kind == CostKind.Actual).SumAsync(c => c.Amount);
        var plan2026 = await context.CostLines.Where(c => c.FiscalYear == 2026 && c.Kind == CostKind.Plan).SumAsync(c => c.Amount);

        var current = await FiguresAsync();
        var last = await FiguresAsync(2025);

        Assert.Equal(new SpendYear(2026, ValueBasis.Plan), current.Year);
        Assert.Equal(plan2026, current.Spend.Total);
        Assert.Equal(new SpendYear(2025, ValueBasis.Actual), last.Year);
        Assert.Equal(actual2025, last.Spend.Total);
        Assert.Equal(Enumerable.Range(2019, 9), current.AvailableYears.Select(y => y.Year));
    }

    [Fact]
    public async Task The_trend_carries_the_first_actual_year_forward_by_the_price_index()
    {
        await using var context = _db.CreateContext();
        var spend2019 = await context.CostLines.Where(c => c.FiscalYear == 2019 && c.Kind == CostKind.Actual).SumAsync(c => c.Amount);
        var spend2025 = await context.CostLines.Where(c => c.FiscalYear == 2025 && c.Kind == CostKind.Actual).SumAsync(c => c.Amount);
        var vpi = await context.PriceIndex.ToDictionaryAsync(p => p.Year, p => p.Value);

        var trend = (await FiguresAsync()).Trend;

        Assert.Equal(2019, trend.BaseYear!.Year);
        Assert.Equal(spend2019 * vpi[2022] / vpi[2019], trend.Years.Single(y => y.Year == 2022).IndexAdjusted);
        Assert.Equal(spend2019, trend.Years.Single(y => y.Year == 2019).IndexAdjusted);
        Assert.All(trend.Years.Where(y => y.Year >= 2026), y => Assert.True(y.IsPlan && y.IndexAdjusted is null));
        Assert.Equal([2026, 2027], trend.YearsWithoutIndex);
        Assert.Contains("2026 und 2027", trend.MissingIndexNote());

        var sentence = trend.Describe();
        Assert.StartsWith("Von 2019 bis 2025 stiegen die IT-Ausgaben (Ist) um " + Formats.Percent(spend2025 / spend2019 - 1m), sentence);
        Assert.Contains("die Verbraucherpreise stiegen um " + Formats.Percent(vpi[2025] / vpi[2019] - 1m), sentence);
        Assert.Contains(spend2025 / spend2019 > vpi[2025] / vpi[2019] ? "schneller als die Preise" : "langsamer als die Preise", sentence);
    }

    [Fact]
    public async Task The_growth_of_the_trend_splits_into_causes_that_add_up_to_it_and_names_new_and_retired_products()
    {
        await using var context = _db.CreateContext();
        var actual = context.CostLines.Where(c => c.Kind == CostKind.Actual);
        var spend2019 = await actual.Where(c => c.FiscalYear == 2019).SumAsync(c => c.Amount);
        var spend2025 = await actual.Where(c => c.FiscalYear == 2025).SumAsync(c => c.Amount);
        var products2019 = await actual.Where(c => c.FiscalYear == 2019).Select(c => c.ProductId).Distinct().ToListAsync();
        var products2025 = await actual.Where(c => c.FiscalYear == 2025).Select(c => c.ProductId).Distinct().ToListAsync();

        var growth = (await FiguresAsync()).Growth!;

        Assert.Equal((2019, 2025, spend2019, spend2025), (growth.FromYear, growth.ToYear, growth.From, growth.To));
        Assert.Equal(spend2025 - spend2019, growth.PriceAboveIndex + growth.PriceWithinIndex + growth.Volume + growth.NewProducts + growth.Retired);
        Assert.Equal(products2025.Except(products2019).Count(), growth.NewProductCount);
        Assert.Equal(products2019.Except(products2025).Count(), growth.RetiredProductCount);
        Assert.True(growth.PriceAboveIndex > 0m, "Die Musterstadt hat Preissteigerungen über dem Index.");
    }

    [Fact]
    public async Task Spend_by_department_follows_the_cost_shares_and_adds_up_to_the_total()
    {
        await using var context = _db.CreateContext();
        var perProduct = await context.CostLines.Where(c => c.FiscalYear == 2025 && c.Kind == CostKind.Actual)
            .GroupBy(c => c.ProductId).Select(g => new { g.Key, Sum = g.Sum(c => c.Amount) }).ToDictionaryAsync(g => g.Key, g => g.Sum);
        var bürgeramt = await context.Departments.SingleAsync(d => d.Number == "33");
        var shares = await context.ProductDepartments.ToListAsync();
        var owners = await context.Products.ToDictionaryAsync(p => p.Id, p => p.OwnerDepartmentId);
        var expected = perProduct.Sum(p =>
        {
            var own = shares.Where(s => s.ProductId == p.Key).ToList();
            if (own.Count == 0) return owners[p.Key] == bürgeramt.Id ? p.Value : 0m;
            return p.Value * own.Where(s => s.DepartmentId == bürgeramt.Id).Sum(s => s.CostSharePercent) / own.Sum(s => s.CostSharePercent);
        });

        var spend = (await FiguresAsync(2025)).Spend;

        Assert.Equal(expected, spend.ByDepartment.Single(d => d.Id == bürgeramt.Id).Amount, 2);
        Assert.Equal(spend.Total, spend.ByDepartment.Sum(d => d.Amount), 2);
        Assert.Equal(1m, spend.ByDepartment.Sum(d => d.Share), 6);
        Assert.Equal(spend.ByDepartment.OrderByDescending(d => d.Amount).Select(d => d.Id), spend.ByDepartment.Select(d => d.Id));
    }

    [Fact]
    public async Task Spend_by_cost_type_vendor_and_budget_treatment_match_the_database()
    {
        await using var context = _db.CreateContext();
        var lines = context.CostLines.Where(c => c.FiscalYear == 2025 && c.Kind == CostKind.Actual);
        var maintenance = await lines.Where(c => c.CostType == CostType.Maintenance).SumAsync(c => c.Amount);
        var licences = await lines.Where(c => c.CostType == CostType.LicencePurchase).SumAsync(c => c.Amount);
        var vendors = (await lines.Select(c => new { c.Product!.VendorId, c.Amount }).ToListAsync())
            .GroupBy(c => c.VendorId).Select(g => (Id: g.Key, Sum: g.Sum(c => c.Amount))).OrderByDescending(v => v.Sum).ToList();
        var total = await lines.SumAsync(c => c.Amount);

        var spend = (await FiguresAsync(2025)).Spend;

        Assert.Equal(maintenance, spend.ByCostType.Single(t => t.Name == "Softwarepflege").Amount);
        Assert.Equal(licences, spend.Investive);
        Assert.Equal(total - licences, spend.Konsumtive);
        Assert.Equal(vendors.Take(10).Select(v => (int?)v.Id), spend.ByVendor.Select(v => v.Id));
        Assert.Equal(vendors.Take(10).Select(v => v.Sum), spend.ByVendor.Select(v => v.Amount));
        Assert.Equal(vendors.Take(3).Sum(v => v.Sum) / total, spend.TopThreeVendorShare);
        Assert.Equal(vendors.Count(v => v.Sum != 0m), spend.VendorCount);
    }

    [Fact]
    public async Task Price_increases_lock_in_standards_and_deadlines_come_from_the_analysis()
    {
        var figures = await FiguresAsync(2025);

        Assert.InRange(figures.TopPriceIncreases.Count, 1, 5);
        Assert.All(figures.TopPriceIncreases, f => Assert.True(f.Kind is FindingKind.PriceIncrease or FindingKind.ClauseBreach && f.Year == 2025));
        Assert.Equal(figures.TopPriceIncreases.OrderByDescending(f => f.ImpactEuro).Select(f => f.ImpactEuro), figures.TopPriceIncreases.Select(f => f.ImpactEuro));

        Assert.Contains(figures.LockIn.HardProducts, p => p.Name.Length > 0);
        Assert.All(figures.LockIn.ConcentratedCategories, c => Assert.True(c.ProductCount >= 2));
        Assert.True(figures.Standards.Interfaces.ProductCount > 0);
        Assert.InRange(figures.Standards.MandatoryGapShare, 0m, 1m);

        Assert.NotEmpty(figures.Deadlines);
        // Decisions due within the horizon, overdue ones included; the deadline itself may lie beyond it.
        Assert.All(figures.Deadlines, d => Assert.True(d.DecisionDate <= TestDatabase.AsOf.AddDays(180) && d.Deadline >= TestDatabase.AsOf));
        Assert.Equal(figures.Deadlines.OrderBy(d => d.DecisionDate).Select(d => d.ContractId), figures.Deadlines.Select(d => d.ContractId));
    }

    [Fact]
    public async Task Only_users_with_the_dashboard_permission_get_the_figures()
    {
        await using var nobody = ReportServices.For(_db, "Gast");

        await Assert.ThrowsAsync<AccessDeniedException>(() => nobody.CreateScope().ServiceProvider.GetRequiredService<DashboardService>().GetAsync());
    }
}
