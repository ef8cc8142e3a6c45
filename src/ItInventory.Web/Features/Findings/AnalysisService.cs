using ItInventory.Core.Analysis;
using ItInventory.Core.Domain;
using ItInventory.Web.Data;
using ItInventory.Web.Features.Settings;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Findings;

/// <summary>
/// Runs the analysis rules of ItInventory.Core over the inventory as of a date, once per data version, options and
/// date for all users (<see cref="SharedAnalysis"/>). The inventory is read by <see cref="AnalysisSnapshotLoader"/>;
/// years after the one following the as-of date stay in the database, since the rules ignore them.
/// </summary>
public sealed class AnalysisService(
    IDbContextFactory<InventoryDbContext> contextFactory,
    AnalysisSettingsService settings,
    InventoryClock clock,
    ICurrentUser currentUser,
    SharedAnalysis shared)
{
    public DateOnly Today => clock.Today;

    public async Task<AnalysisReport> AnalyzeAsync(DateOnly? asOf = null, CancellationToken cancellationToken = default) =>
        (await AnalyzeIndexedAsync(asOf, cancellationToken)).Report;

    public async Task<AnalysisReport> AnalyzeUsingAsync(InventoryDbContext db, DateOnly? asOf = null, CancellationToken cancellationToken = default) =>
        (await AnalyzeIndexedUsingAsync(db, asOf, cancellationToken)).Report;

    /// <summary>The shared result, with the findings indexed by subject (a product page reads only its own).</summary>
    public async Task<IndexedFindings> AnalyzeIndexedAsync(DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await AnalyzeIndexedUsingAsync(db, asOf, cancellationToken);
    }

    /// <summary>
    /// The shared result, looked up over the caller's context: a page that reads several figures on one open
    /// connection pays no second connection (on PostgreSQL each one opened sets the tenant, a round trip of its own).
    /// </summary>
    public async Task<IndexedFindings> AnalyzeIndexedUsingAsync(InventoryDbContext db, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.ViewDashboard);
        var date = asOf ?? clock.Today;
        // The version before the data: a result is never older than the version it is kept under. One small query.
        var version = await AnalysisDataVersionBump.ReadAsync(db, cancellationToken);
        var options = await settings.GetEffectiveOptionsAsync(db, cancellationToken);
        var key = new AnalysisKey(db.CurrentTenantId, date, AnalysisKey.Fingerprint(options), version);
        return await shared.GetAsync(key, token => ComputeAsync(date, options, token), cancellationToken);
    }

    /// <summary>A product's lock-in score from the shared result, with the threshold it is judged by; null for a retired product.</summary>
    public async Task<ProductLockIn?> LockInOfAsync(int productId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var index = await AnalyzeIndexedUsingAsync(db, null, cancellationToken);
        var score = index.Report.LockIn.FirstOrDefault(s => s.Product.Id == productId);
        return score is null ? null : new ProductLockIn(score, (await settings.GetEffectiveOptionsAsync(db, cancellationToken)).LockInHighScoreThreshold);
    }

    private async Task<IndexedFindings> ComputeAsync(DateOnly date, AnalysisOptions options, CancellationToken cancellationToken)
    {
        var snapshot = await AnalysisSnapshotLoader.LoadAsync(contextFactory, date.Year + 1, cancellationToken);
        var report = new FindingsEngine(options).Run(snapshot, date);
        return IndexedFindings.From(report, snapshot.Contracts.SelectMany(c => c.Products.Select(p => (c.Id, p.Id))));
    }
}
