using ItInventory.Core.Domain;
using ItInventory.Core.Planning;
using ItInventory.Web.Data;
using ItInventory.Web.Features.Findings;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Planning;

/// <summary>Builds the Finanzplanung for a budget year from the inventory and the tenant's stated assumptions.</summary>
public sealed class FinancialPlanService(
    IDbContextFactory<InventoryDbContext> contextFactory,
    PlanningAssumptionsStore assumptionsStore,
    InventoryClock clock,
    ICurrentUser currentUser)
{
    /// <summary>Past years shown in plan against actual, before the running year.</summary>
    public const int PastYears = 2;

    /// <summary>The default budget year: the next year.</summary>
    public int DefaultBudgetYear => clock.CurrentYear + 1;

    /// <param name="view">Finanzplan: payments by the year paid (the projection); Ergebnisplan: investive licences depreciated.</param>
    /// <param name="scenario">A saved scenario whose assumptions (and exit) replace the stored assumptions; null: the stored ones.</param>
    public async Task<FinancialPlan> GetAsync(ProjectionHorizon horizon, CancellationToken cancellationToken = default,
        BudgetView view = BudgetView.Finanzplan, PlanningScenario? scenario = null)
    {
        await currentUser.DemandAsync(Permission.ViewDashboard);
        if (horizon.Problem() is { } problem)
            throw new ArgumentOutOfRangeException(nameof(horizon), problem);

        var snapshot = await AnalysisSnapshotLoader.LoadAsync(contextFactory, horizon.LastYear, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var stored = await assumptionsStore.LoadAsync(db, cancellationToken);
        if (scenario is not null)
            stored = stored with { Assumptions = scenario.Assumptions };

        // The loader links contracts to products; the projection reads them from the product.
        foreach (var contract in snapshot.Contracts)
        {
            foreach (var product in contract.Products)
                product.Contracts.Add(contract);
        }

        var index = new Core.Analysis.Prices.PriceIndex(snapshot.PriceIndex);
        var assumptions = new ProjectionAssumptions(
            stored.Assumptions.VpiPercent ?? ProjectionAssumptions.DefaultVpiPercent(index),
            stored.Assumptions.VpiPercentByYear, stored.Assumptions.DataCentrePercent);
        var dataCentres = snapshot.Vendors.Where(v => v.Kind == VendorKind.MunicipalDataCentre).Select(v => v.Id).ToHashSet();
        var projection = CostProjector.Project(new ProjectionInput(horizon, snapshot.Products, snapshot.CostLines, index, assumptions, dataCentres));
        var (exited, scenarioNote) = ScenarioExits.Apply(projection, scenario, snapshot, clock.Today);
        projection = exited;
        // Verpflichtungsermächtigungen bind payments, so they come from the Finanzplan whichever view is shown.
        var commitments = CommitmentAuthorisations.For(projection);
        if (view == BudgetView.Ergebnisplan)
            projection = BudgetViews.Ergebnisplan(projection, Capitalisation, EarlierPurchases(snapshot.CostLines, horizon));

        var products = snapshot.Products.ToDictionary(p => p.Id);
        var departmentsById = snapshot.Departments.ToDictionary(d => d.Id);
        var departments = snapshot.Departments.ToDictionary(d => d.Id, d => d.DisplayName);
        string DepartmentOf(Product p) => departments.GetValueOrDefault(p.OwnerDepartmentId, $"Amt {p.OwnerDepartmentId}");
        BudgetKey KeyOf(ProjectionRow row) => BudgetKeys.For(products[row.ProductId],
            departmentsById.GetValueOrDefault(products[row.ProductId].OwnerDepartmentId), row.CostType, stored.Assumptions.AccountsByCostType);

        var rows = projection.Rows
            .Select(r => (Row: r, Product: products[r.ProductId]))
            .Select(x => new FinancialPlanRow(x.Product.Id, x.Product.InventoryNumber, x.Product.Name, x.Product.OwnerDepartmentId,
                DepartmentOf(x.Product), x.Row.CostType, x.Row.Figures))
            .OrderBy(r => r.Department, StringComparer.Ordinal).ThenBy(r => r.InventoryNumber, StringComparer.Ordinal).ThenBy(r => r.CostType)
            .ToList();
        var planActual = PlanVersusActual.Compare(snapshot.CostLines, horizon.RunningYear - PastYears, horizon.RunningYear)
            .Where(r => products.ContainsKey(r.ProductId))
            .Select(r => new PlanActualLine(r.ProductId, products[r.ProductId].InventoryNumber, products[r.ProductId].Name,
                DepartmentOf(products[r.ProductId]), r.CostType, r.Year, r.Figure))
            .ToList();
        var commitmentLines = commitments
            .Select(c => new CommitmentLine(products[c.ProductId].InventoryNumber, products[c.ProductId].Name, c.CostType,
                c.ContractName, c.EarliestEnd, c.Amounts))
            .OrderBy(c => c.InventoryNumber, StringComparer.Ordinal).ThenBy(c => c.CostType)
            .ToList();
        return new FinancialPlan(projection, rows, stored.Assumptions, stored.Version, planActual)
        {
            ByBudgetKey = BudgetKeys.Sum(projection, KeyOf),
            Commitments = commitmentLines,
            ScenarioName = scenario?.Name,
            ScenarioNote = scenarioNote,
        };
    }

    /// <summary>The capitalisation threshold and useful life (defaults; not yet a tenant setting).</summary>
    public static readonly CapitalisationRule Capitalisation = new();

    private static Dictionary<(int ProductId, int Year), decimal> EarlierPurchases(IEnumerable<CostLine> lines, ProjectionHorizon horizon) =>
        Core.Analysis.Prices.CostSelection.Select(lines.Where(l => l.CostType == CostType.LicencePurchase
                && l.FiscalYear < horizon.RunningYear && l.FiscalYear > horizon.RunningYear - Capitalisation.UsefulLifeYears))
            .ToDictionary(c => (c.ProductId, c.Year), c => c.Amount);
}
