using ItInventory.Core.Analysis;
using ItInventory.Core.Analysis.Deadlines;
using ItInventory.Core.Analysis.Prices;
using ItInventory.Core.Domain;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Queries;
using ItInventory.Web.Features.Findings;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Features.Dashboard;

/// <summary>
/// The council dashboard's figures. Money is summed by the database (GROUP BY, SUM); at most one row per year,
/// product, vendor or cost type comes back, never the cost lines themselves, so the dashboard stays fast for
/// millions of invoices. Lock-in, standards and deadlines come from the analysis as of today.
/// </summary>
public sealed class DashboardService(
    IDbContextFactory<InventoryDbContext> contextFactory,
    AnalysisService analysis,
    IOptionsMonitor<AnalysisOptions> analysisOptions,
    InventoryClock clock,
    ICurrentUser currentUser)
{
    public const int DeadlineHorizonDays = 180;
    public const int VendorsShown = 10;
    private const int ListLength = 5;

    public async Task<DashboardFigures> GetAsync(int? year = null, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.ViewDashboard);
        var today = clock.Today;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        // One connection for all figures: EF would open one per query, and on PostgreSQL each opening sets the
        // tenant first, which doubled the dashboard's round trips.
        await db.Database.OpenConnectionAsync(cancellationToken);

        var sums = await SpendYears.SumsAsync(db, cancellationToken);
        var years = SpendYears.From(sums);
        var selected = SpendYears.Of(years, year ?? clock.CurrentYear);
        var counts = await CountAsync(db, cancellationToken);
        var trend = await TrendAsync(db, years, sums, cancellationToken);
        var growth = await GrowthAsync(db, trend, cancellationToken);
        var spend = await BreakdownAsync(db, selected, cancellationToken);
        var report = await analysis.AnalyzeUsingAsync(db, today, cancellationToken);
        var deadlines = await DeadlinesAsync(db, report, today, cancellationToken);
        // Running as every page says it (ContractRunState), not "no ended-on date": a fixed end in the past ends it too.
        counts = counts with { RunningContracts = report.Deadlines.Count(ContractRunState.Runs) };

        return new DashboardFigures(selected, years, today, counts, trend, spend,
            TopPriceIncreases(report, selected.Year), LockIn(report), Standards(report), deadlines, DeadlineHorizonDays, growth);
    }

    /// <summary>
    /// The trend sentence's change split into its causes, over the same two years of actuals. The database sums each
    /// product's cost types of both years; the quantity rule is the analysis's (CostSelection.QuantityOf).
    /// </summary>
    private static async Task<GrowthSplit?> GrowthAsync(InventoryDbContext db, SpendTrend trend, CancellationToken cancellationToken)
    {
        if (trend.BaseYear is not { PriceIndex: { } indexFrom } from || trend.CompareYear is not { PriceIndex: { } indexTo } to || from.Year == to.Year)
            return null;

        var rows = await DashboardQueries.GrowthRows(db, from.Year, to.Year).ToListAsync(cancellationToken);
        var costs = rows.Select(r => new SelectedCost(r.ProductId, r.FiscalYear, r.CostType, r.Amount,
            CostSelection.QuantityOf(r.Lines, r.WithQuantity, r.Quantity), ValueBasis.Actual));
        return GrowthSplit.Of(costs, from.Year, to.Year, indexFrom, indexTo);
    }

    private static async Task<InventoryCounts> CountAsync(InventoryDbContext db, CancellationToken cancellationToken)
    {
        // Products by lifecycle in one statement rather than two counts.
        var byLifecycle = await db.Products
            .GroupBy(p => p.Lifecycle)
            .Select(g => new { Lifecycle = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return new InventoryCounts(
            byLifecycle.Sum(l => l.Count),
            byLifecycle.Where(l => l.Lifecycle == LifecycleStatus.Active).Sum(l => l.Count),
            await db.Vendors.CountAsync(cancellationToken),
            RunningContracts: 0);
    }

    private static async Task<SpendTrend> TrendAsync(InventoryDbContext db, IReadOnlyList<SpendYear> years, IReadOnlyList<YearKindSum> sums,
        CancellationToken cancellationToken)
    {
        var index = await db.PriceIndex.ToDictionaryAsync(p => p.Year, cancellationToken);

        var amounts = years
            .Select(y => (Year: y, Amount: sums.Where(s => s.Year == y.Year).Sum(s => s.Amount)))
            .ToList();
        var baseYear = amounts.FirstOrDefault(a => a.Year.Basis == ValueBasis.Actual && index.ContainsKey(a.Year.Year));
        return new SpendTrend(amounts.Select(a =>
        {
            var vpi = index.GetValueOrDefault(a.Year.Year);
            decimal? adjusted = vpi is not null && baseYear.Year is not null
                ? baseYear.Amount * vpi.Value / index[baseYear.Year.Year].Value
                : null;
            return new YearSpend(a.Year.Year, a.Year.Basis, a.Amount, vpi?.Value, vpi?.IsPreliminary ?? false, adjusted);
        }).ToList());
    }

    /// <summary>
    /// The year's spend by cost type, vendor and department from one pass over its counting lines: one row per
    /// product and cost type, summed by the database, split three ways here.
    /// </summary>
    private static async Task<SpendBreakdown> BreakdownAsync(InventoryDbContext db, SpendYear year, CancellationToken cancellationToken)
    {
        var rows = await DashboardQueries.Breakdown(db, year.Year).ToListAsync(cancellationToken);
        var total = rows.Sum(r => r.Amount);

        var byType = rows.GroupBy(r => r.CostType).Select(g => (Type: g.Key, Amount: g.Sum(r => r.Amount))).ToList();
        var vendors = rows
            .GroupBy(r => (r.VendorId, r.Vendor))
            .Select(g => (g.Key.VendorId, Name: g.Key.Vendor, Amount: g.Sum(r => r.Amount)))
            .Where(v => v.Amount != 0m)
            .OrderByDescending(v => v.Amount).ThenBy(v => v.Name, StringComparer.Ordinal)
            .Select(v => new SpendShare(v.VendorId, v.Name, v.Amount, ShareOf(v.Amount, total)))
            .ToList();
        var perProduct = rows.GroupBy(r => r.ProductId).Select(g => (ProductId: g.Key, Amount: g.Sum(r => r.Amount))).ToList();

        var investive = byType.Where(t => CostTypes.TreatmentOf(t.Type) == BudgetTreatment.Investive).Sum(t => t.Amount);
        return new SpendBreakdown(
            total,
            await ByDepartmentAsync(db, perProduct, total, cancellationToken),
            byType.Where(t => t.Amount != 0m)
                .OrderByDescending(t => t.Amount)
                .Select(t => new SpendShare(null, Labels.Of(t.Type), t.Amount, ShareOf(t.Amount, total)))
                .ToList(),
            vendors.Take(VendorsShown).ToList(),
            vendors.Count,
            ShareOf(vendors.Take(3).Sum(v => v.Amount), total),
            investive,
            total - investive);
    }

    /// <summary>
    /// Each product's year total (summed by the database) is split over its departments by their cost shares,
    /// normalised to their sum as the concentration analysis does; without recorded shares the owner carries it all.
    /// </summary>
    private static async Task<IReadOnlyList<SpendShare>> ByDepartmentAsync(InventoryDbContext db, IReadOnlyList<(int ProductId, decimal Amount)> perProduct,
        decimal total, CancellationToken cancellationToken)
    {
        var shares = await CostShares.LoadAsync(db, cancellationToken);
        var departments = await db.Departments.ToDictionaryAsync(d => d.Id, d => d.DisplayName, cancellationToken);

        var byDepartment = new Dictionary<int, decimal>();
        foreach (var product in perProduct)
        {
            foreach (var (departmentId, weight) in shares.Of(product.ProductId))
                byDepartment[departmentId] = byDepartment.GetValueOrDefault(departmentId) + product.Amount * weight;
        }

        return byDepartment
            .Where(d => d.Value != 0m)
            .Select(d => new SpendShare(d.Key, departments.GetValueOrDefault(d.Key, $"Amt {d.Key}"), d.Value, ShareOf(d.Value, total)))
            .OrderByDescending(d => d.Amount).ThenBy(d => d.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The year's largest increases, one per product: its running costs and each cost type state one increase.</summary>
    private static IReadOnlyList<Finding> TopPriceIncreases(AnalysisReport report, int year) =>
        FindingTotals.OnePerCause(report.Findings
                .Where(f => f.Kind is FindingKind.PriceIncrease or FindingKind.ClauseBreach && f.Year == year && f.ImpactEuro > 0m))
            .Take(ListLength)
            .ToList();

    private LockInSummary LockIn(AnalysisReport report)
    {
        var options = analysisOptions.CurrentValue;
        return new LockInSummary(
            report.LockIn.Count,
            report.LockIn.Where(s => s.IsHard)
                .OrderByDescending(s => s.Score).ThenBy(s => s.Product.Name, StringComparer.Ordinal)
                .Select(s => new LockInProduct(s.Product.Id, s.Product.Name, s.Score))
                .ToList(),
            options.LockInHighScoreThreshold,
            report.LockIn.Count(s => s.Score >= options.LockInHighScoreThreshold),
            report.Concentration.Categories.Where(c => c.ProductCount >= 2).Take(ListLength).ToList(),
            options.HighConcentrationHhi,
            report.Concentration.VendorDependencies.Take(ListLength).ToList());
    }

    private static StandardsSummary Standards(AnalysisReport report) => new(
        report.Interfaces,
        report.ComplianceGaps.Where(g => g.Level == RequirementLevel.Mandatory).Select(g => g.Product.Id).Distinct().Count(),
        report.ComplianceGaps.Where(g => g.Level == RequirementLevel.Binding).Select(g => g.Product.Id).Distinct().Count());

    /// <summary>
    /// Contracts that need a decision within the horizon, overdue ones included: the rule <see cref="DecisionDue"/>
    /// shared with the contract list and the findings, for every kind of contract.
    /// </summary>
    private static async Task<IReadOnlyList<UpcomingDeadline>> DeadlinesAsync(InventoryDbContext db, AnalysisReport report, DateOnly today, CancellationToken cancellationToken)
    {
        var due = DecisionDue.Within(report.Deadlines, DeadlineHorizonDays)
            .Select(d => (d.Deadlines, Date: d.Deadlines.NoticeDeadline ?? d.Deadlines.NextTerminationDate))
            .Where(d => d.Date is not null)
            .ToList();
        // One parameter for the whole list, as the product list's findings filter does: one parameter per id made
        // SQLite take 1.8 s for thousands of due contracts at 12,000 contracts.
        var ids = due.Select(d => d.Deadlines.ContractId).ToArray();
        var contracts = await db.Contracts
            .Where(c => EF.Parameter(ids).Contains(c.Id))
            .Select(c => new { c.Id, c.ContractNumber, c.Title, Vendor = c.Vendor!.Name })
            .ToDictionaryAsync(c => c.Id, cancellationToken);

        return due
            .Where(d => contracts.ContainsKey(d.Deadlines.ContractId))
            .Select(d =>
            {
                var contract = contracts[d.Deadlines.ContractId];
                var name = DeadlineFindings.ContractName(contract.ContractNumber, contract.Title);
                return new UpcomingDeadline(contract.Id, name, contract.Vendor, d.Date!.Value, d.Deadlines.DecisionDate,
                    d.Deadlines.NextTerminationDate, d.Deadlines.NoticeRequired);
            })
            .OrderBy(d => d.DecisionDate ?? d.Deadline).ThenBy(d => d.Deadline).ThenBy(d => d.Contract, StringComparer.Ordinal)
            .ToList();
    }

    private static decimal ShareOf(decimal part, decimal total) => total == 0m ? 0m : part / total;
}
