using ItInventory.Core.Domain;
using ItInventory.Web.Features.Costs;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Costs;

public class NextYearPlanServiceTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateSampleCityAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private NextYearPlanService Service => new(_db.Factory, FixedCurrentUser.WithRoles("i.leitner", Roles.ItLeitung));

    [Fact]
    public async Task The_preview_raises_each_line_and_rounds_it_to_the_cent()
    {
        // The sample city plans 2026 and 2027; 2028 is still open.
        var preview = await Service.PreviewAsync(new NextYearPlanRequest { SourceYear = 2027, Source = CostKind.Plan, Percent = 3.3m });

        await using var context = _db.CreateContext();
        var sources = await context.CostLines
            .Where(c => c.FiscalYear == 2027 && c.Kind == CostKind.Plan && c.CostType != CostType.LicencePurchase && c.Product!.Lifecycle != LifecycleStatus.Retired)
            .Select(c => new { c.ProductId, c.Amount }).ToListAsync();
        Assert.NotEmpty(preview.Rows);
        Assert.Equal(sources.Select(s => s.ProductId).Distinct().Count(), preview.Rows.Count);
        Assert.Equal(0, preview.AlreadyPlannedCount);
        foreach (var row in preview.Rows)
        {
            var own = sources.Where(s => s.ProductId == row.ProductId).ToList();
            Assert.Equal(own.Sum(s => s.Amount), row.SourceAmount);
            Assert.Equal(own.Sum(s => Math.Round(s.Amount * 1.033m, 2, MidpointRounding.AwayFromZero)), row.NewAmount);
            Assert.Equal(row.NewAmount, Math.Round(row.NewAmount, 2));
        }

        Assert.Equal(preview.Rows.Sum(r => r.NewAmount), preview.NewTotal);
    }

    [Fact]
    public async Task Applying_saves_exactly_the_previewed_amounts_as_plan_lines()
    {
        var request = new NextYearPlanRequest { SourceYear = 2027, Source = CostKind.Plan, Percent = 2.5m };
        var preview = await Service.PreviewAsync(request);

        var result = await Service.ApplyAsync(request);

        await using var context = _db.CreateContext();
        var saved = await context.CostLines.Where(c => c.FiscalYear == 2028).ToListAsync();
        Assert.All(saved, c => Assert.Equal(CostKind.Plan, c.Kind));
        Assert.Equal(preview.LineCount, saved.Count);
        Assert.Equal(preview.NewTotal, saved.Sum(c => c.Amount));
        Assert.Equal(preview.NewTotal, await context.CostLines.Where(c => c.FiscalYear == 2028).SumAsync(c => c.Amount));
        Assert.Equal(new NextYearPlanResult(2028, preview.Rows.Count, preview.LineCount, preview.NewTotal), result);
        foreach (var row in preview.Rows)
        {
            Assert.Equal(row.NewAmount, saved.Where(c => c.ProductId == row.ProductId).Sum(c => c.Amount));
        }

        Assert.All(saved, c => Assert.Equal("Fortgeschrieben aus Plan 2027 (+2,5 %)", c.Note));
    }

    [Fact]
    public async Task Existing_plans_make_the_run_refuse_unless_the_user_lets_them_be_skipped()
    {
        await using var context = _db.CreateContext();
        var before = await context.CostLines.CountAsync();
        var refusing = new NextYearPlanRequest { SourceYear = 2025, Source = CostKind.Actual, Percent = 3m, SkipAlreadyPlanned = false };

        var preview = await Service.PreviewAsync(refusing);
        var failure = await Assert.ThrowsAsync<ValidationFailedException>(() => Service.ApplyAsync(refusing));

        Assert.True(preview.AlreadyPlannedCount > 0);
        Assert.Contains("gibt es schon Planwerte 2026", Assert.Single(failure.Errors[nameof(NextYearPlanRequest.SkipAlreadyPlanned)]));
        Assert.Contains("es wurde nichts gespeichert", failure.Message);
        Assert.Equal(before, await context.CostLines.CountAsync());
    }

    [Fact]
    public async Task Skipping_plans_only_the_products_that_have_no_plan_yet()
    {
        await using var context = _db.CreateContext();
        // Give one product a 2027 plan line, so exactly it is planned already when planning 2027 from 2026.
        var planned = await context.CostLines.Where(c => c.FiscalYear == 2027 && c.Kind == CostKind.Plan).Select(c => c.ProductId).Distinct().ToListAsync();
        await context.CostLines.Where(c => c.FiscalYear == 2027).ExecuteDeleteAsync();
        var keep = planned[0];
        context.CostLines.Add(new CostLine { ProductId = keep, FiscalYear = 2027, CostType = CostType.Other, Kind = CostKind.Plan, Amount = 1m });
        await context.SaveChangesAsync();

        var request = new NextYearPlanRequest { SourceYear = 2026, Source = CostKind.Plan, Percent = 0m, SkipAlreadyPlanned = true };
        var preview = await Service.PreviewAsync(request);
        await Service.ApplyAsync(request);

        Assert.True(Assert.Single(preview.Rows, r => r.ProductId == keep).AlreadyPlanned);
        Assert.Equal(1, preview.AlreadyPlannedCount);
        Assert.Equal(1m, await context.CostLines.Where(c => c.FiscalYear == 2027 && c.ProductId == keep).SumAsync(c => c.Amount));
        Assert.Equal(preview.NewTotal + 1m, await context.CostLines.Where(c => c.FiscalYear == 2027).SumAsync(c => c.Amount));
    }

    [Fact]
    public async Task Retired_products_and_one_off_licence_purchases_are_not_carried_forward()
    {
        await using var context = _db.CreateContext();
        var retired = await context.Products.Where(p => p.Lifecycle == LifecycleStatus.Retired).Select(p => p.Id).FirstAsync();
        var active = await context.Products.Where(p => p.Lifecycle == LifecycleStatus.Active).Select(p => p.Id).FirstAsync();
        context.CostLines.AddRange(
            new CostLine { ProductId = retired, FiscalYear = 2030, CostType = CostType.Maintenance, Kind = CostKind.Actual, Amount = 500m },
            new CostLine { ProductId = active, FiscalYear = 2030, CostType = CostType.LicencePurchase, Kind = CostKind.Actual, Amount = 90_000m },
            new CostLine { ProductId = active, FiscalYear = 2030, CostType = CostType.Maintenance, Kind = CostKind.Actual, Amount = 18_000m });
        await context.SaveChangesAsync();

        var standard = await Service.PreviewAsync(new NextYearPlanRequest { SourceYear = 2030, Percent = 10m });
        var withLicences = await Service.PreviewAsync(new NextYearPlanRequest { SourceYear = 2030, Percent = 10m, IncludeLicencePurchases = true });

        var row = Assert.Single(standard.Rows);
        Assert.Equal(active, row.ProductId);
        Assert.Equal(19_800m, row.NewAmount);
        Assert.Equal(118_800m, Assert.Single(withLicences.Rows).NewAmount);
    }

    [Fact]
    public async Task Filters_of_the_cost_list_limit_the_planning_run()
    {
        await using var context = _db.CreateContext();
        var vendorId = await context.CostLines.Where(c => c.FiscalYear == 2027).Select(c => c.Product!.VendorId).FirstAsync();

        var preview = await Service.PreviewAsync(new NextYearPlanRequest { SourceYear = 2027, Source = CostKind.Plan, Percent = 1m, VendorId = vendorId });

        var expected = await context.Products.Where(p => p.VendorId == vendorId && p.Lifecycle != LifecycleStatus.Retired
                                                         && p.CostLines.Any(c => c.FiscalYear == 2027 && c.Kind == CostKind.Plan && c.CostType != CostType.LicencePurchase))
            .Select(p => p.Id).OrderBy(i => i).ToListAsync();
        Assert.Equal(expected, preview.Rows.Select(r => r.ProductId).Order().ToList());
    }

    [Theory]
    [InlineData(1999, 3, nameof(NextYearPlanRequest.SourceYear))]
    [InlineData(2100, 3, nameof(NextYearPlanRequest.SourceYear))]
    [InlineData(2025, -101, nameof(NextYearPlanRequest.Percent))]
    [InlineData(2025, 250, nameof(NextYearPlanRequest.Percent))]
    public async Task Implausible_years_and_percentages_are_refused(int year, int percent, string field)
    {
        var failure = await Assert.ThrowsAsync<ValidationFailedException>(() => Service.PreviewAsync(new NextYearPlanRequest { SourceYear = year, Percent = percent }));

        Assert.True(failure.Errors.ContainsKey(field));
    }

    [Fact]
    public async Task Nothing_to_carry_forward_is_refused_rather_than_saving_an_empty_plan()
    {
        var failure = await Assert.ThrowsAsync<ValidationFailedException>(() => Service.ApplyAsync(new NextYearPlanRequest { SourceYear = 2040, Percent = 3m }));

        Assert.Contains("keine passenden Kostenpositionen (Ist 2040)", failure.Message);
    }

    [Theory]
    [InlineData(100.005, 0, 100.01)]
    [InlineData(99.99, 3, 102.99)]
    [InlineData(0.01, -50, 0.01)]
    [InlineData(1000, -100, 0)]
    public void Raising_rounds_half_away_from_zero_to_the_cent(double amount, double percent, double expected) =>
        Assert.Equal((decimal)expected, NextYearPlanService.Raise((decimal)amount, (decimal)percent));
}
