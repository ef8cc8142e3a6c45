using ItInventory.Core.Analysis;
using ItInventory.Core.Domain;
using ItInventory.Web.Data;
using ItInventory.Web.Features.Costs;
using ItInventory.Web.Features.Findings;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Findings;

/// <summary>
/// The analysis is computed once per data version and shared, and every committed write that changes a finding is
/// seen by the next request, on this app instance and on another one on the same database.
/// </summary>
public class SharedAnalysisTests : IAsyncLifetime
{
    private static readonly ICurrentUser ItHead = FixedCurrentUser.WithRoles("i.leitung", Roles.ItLeitung);
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateSampleCityAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    /// <summary>One app instance: its own cache, as the singleton of a running app.</summary>
    private sealed record Instance(SharedAnalysis Shared, AnalysisService Analysis, FindingsService Findings);

    private Instance NewInstance()
    {
        var shared = new SharedAnalysis();
        var analysis = TestServices.Analysis(_db, ItHead, shared: shared);
        return new Instance(shared, analysis, new FindingsService(analysis, _db.Factory, ItHead));
    }

    private async Task<long> VersionAsync()
    {
        await using var context = _db.CreateContext();
        return await AnalysisDataVersionBump.ReadAsync(context);
    }

    private static async Task<bool> HasPriceIncreaseIn2026Async(Instance instance, int productId) =>
        (await instance.Findings.ListAsync(new FindingFilter { ProductId = productId }))
        .Any(r => r.Finding.Kind == FindingKind.PriceIncrease && r.Finding.Subject.Id == productId && r.Finding.Year == 2026);

    /// <summary>A product with maintenance in 2025 and no price increase in 2026, and an actual maintenance line ten times that.</summary>
    private async Task<CostLineInput> PriceJumpAsync(Instance instance)
    {
        await using var context = _db.CreateContext();
        var candidates = await context.CostLines
            .Where(c => c.FiscalYear == 2025 && c.CostType == CostType.Maintenance && c.Product!.Lifecycle != LifecycleStatus.Retired)
            .GroupBy(c => c.ProductId)
            .Select(g => new { ProductId = g.Key, Amount = g.Sum(c => c.Amount) })
            .OrderBy(x => x.ProductId)
            .ToListAsync();
        foreach (var candidate in candidates.Where(c => c.Amount > 0))
        {
            if (!await HasPriceIncreaseIn2026Async(instance, candidate.ProductId))
            {
                return new CostLineInput
                {
                    ProductId = candidate.ProductId, FiscalYear = 2026, CostType = CostType.Maintenance, Kind = CostKind.Actual,
                    Amount = candidate.Amount * 10 + 1000m, InvoiceReference = "RE-2026-SPRUNG",
                };
            }
        }

        throw new InvalidOperationException("Die Beispielstadt hat kein Produkt ohne Preissteigerung 2026 mit Wartung 2025.");
    }

    private CostLineService Costs => new(_db.Factory, ItHead);

    [Fact]
    public async Task A_committed_cost_line_shows_its_price_increase_on_the_products_next_request()
    {
        var app = NewInstance();
        var jump = await PriceJumpAsync(app);
        var versionBefore = await VersionAsync();
        Assert.Equal(1, app.Shared.Computations);

        await Costs.CreateAsync(jump);

        Assert.Equal(versionBefore + 1, await VersionAsync());
        Assert.True(await HasPriceIncreaseIn2026Async(app, jump.ProductId!.Value));
        Assert.Equal(2, app.Shared.Computations);
        // Reading again computes nothing: the version has not moved.
        Assert.True(await HasPriceIncreaseIn2026Async(app, jump.ProductId!.Value));
        Assert.Equal(2, app.Shared.Computations);
    }

    [Fact]
    public async Task Concurrent_requests_for_the_same_day_compute_once_and_share_the_result()
    {
        var app = NewInstance();

        var reports = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => app.Analysis.AnalyzeAsync(TestDatabase.AsOf))));

        Assert.Equal(1, app.Shared.Computations);
        Assert.All(reports, r => Assert.Same(reports[0], r));
        Assert.NotEmpty(reports[0].Findings);
        // Another as-of date is another result.
        await app.Analysis.AnalyzeAsync(TestDatabase.AsOf.AddYears(-1));
        Assert.Equal(2, app.Shared.Computations);
    }

    [Fact]
    public async Task A_second_app_instance_on_the_same_database_sees_the_first_ones_write()
    {
        var first = NewInstance();
        var second = NewInstance();
        var jump = await PriceJumpAsync(first);
        Assert.False(await HasPriceIncreaseIn2026Async(second, jump.ProductId!.Value));

        // The write goes to the database both instances share; only the first has ever read the product.
        await Costs.CreateAsync(jump);

        Assert.True(await HasPriceIncreaseIn2026Async(second, jump.ProductId!.Value));
        Assert.Equal(2, second.Shared.Computations);
        Assert.True(await HasPriceIncreaseIn2026Async(first, jump.ProductId!.Value));
    }

    [Fact]
    public async Task A_rolled_back_or_failed_write_leaves_the_version_and_the_cached_result_alone()
    {
        var app = NewInstance();
        var jump = await PriceJumpAsync(app);
        var version = await VersionAsync();

        await using (var context = _db.CreateContextAs(ItHead))
        {
            await using var transaction = await context.Database.BeginTransactionAsync();
            var line = new CostLine();
            jump.ApplyTo(line);
            context.CostLines.Add(line);
            await context.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        await using (var context = _db.CreateContextAs(ItHead))
        {
            // No such product: the save fails in the database, its own transaction rolls back.
            context.CostLines.Add(new CostLine { ProductId = 999_999, FiscalYear = 2026, CostType = CostType.Maintenance, Kind = CostKind.Actual, Amount = 1m });
            await Assert.ThrowsAnyAsync<DbUpdateException>(() => context.SaveChangesAsync());
        }

        Assert.Equal(version, await VersionAsync());
        Assert.False(await HasPriceIncreaseIn2026Async(app, jump.ProductId!.Value));
        Assert.Equal(1, app.Shared.Computations);
    }

    [Fact]
    public async Task Writes_that_cannot_change_a_finding_keep_the_version()
    {
        var version = await VersionAsync();
        await using (var context = _db.CreateContextAs(ItHead))
        {
            context.AuditEntries.Add(new ItInventory.Web.Data.Auditing.AuditEntry { TimestampUtc = DateTime.UtcNow, UserName = "i.leitung", Action = ItInventory.Web.Data.Auditing.AuditAction.Login });
            await context.SaveChangesAsync();
        }

        Assert.Equal(version, await VersionAsync());
    }

    [Fact]
    public async Task Bulk_rows_raise_the_version_when_their_transaction_commits()
    {
        var version = await VersionAsync();
        await using var context = _db.CreateContextAs(ItHead);
        var productId = await context.Products.Select(p => p.Id).FirstAsync();
        await using (var transaction = await context.Database.BeginTransactionAsync())
        {
            await using (var writer = BulkTableWriter<CostLine>.For(context, keysFromDatabase: true))
            {
                await writer.WriteAllAsync([new CostLine { ProductId = productId, FiscalYear = 2026, CostType = CostType.Other, Kind = CostKind.Plan, Amount = 5m }]);
            }

            Assert.Equal(version, await VersionAsync());
            await transaction.CommitAsync();
        }

        Assert.Equal(version + 1, await VersionAsync());
    }

    [Fact]
    public async Task Saved_and_reset_settings_change_the_findings_of_every_instance()
    {
        var app = NewInstance();
        var admin = FixedCurrentUser.WithRoles("admin", Roles.Administrator);
        var settings = TestServices.AnalysisSettings(_db, admin);
        var before = (await app.Analysis.AnalyzeAsync()).Findings.Count(f => f.Kind == FindingKind.PriceIncrease);
        var version = await VersionAsync();

        await settings.SaveAsync(new AnalysisOptions { PriceToleranceOverIndexPercentagePoints = 40m, PriceCriticalOverIndexPercentagePoints = 60m }, null);

        Assert.Equal(version + 1, await VersionAsync());
        Assert.True((await app.Analysis.AnalyzeAsync()).Findings.Count(f => f.Kind == FindingKind.PriceIncrease) < before);
        Assert.Equal(2, app.Shared.Computations);

        await settings.ResetAsync();

        Assert.Equal(version + 2, await VersionAsync());
        Assert.Equal(before, (await app.Analysis.AnalyzeAsync()).Findings.Count(f => f.Kind == FindingKind.PriceIncrease));
        Assert.Equal(3, app.Shared.Computations);
    }

    [Fact]
    public async Task The_sample_city_starts_with_a_version_from_its_load() =>
        Assert.True(await VersionAsync() >= 1);
}
