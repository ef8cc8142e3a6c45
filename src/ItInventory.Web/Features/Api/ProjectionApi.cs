using ItInventory.Core.Domain;
using ItInventory.Core.Planning;
using ItInventory.Web.Features.Planning;
using ItInventory.Web.Infrastructure.Security;

namespace ItInventory.Web.Features.Api;

public sealed record ProjectionFigureResource(int Year, decimal Amount, FigureSource Source, string Explanation,
    decimal IndexDriven, decimal AboveIndex, decimal ScopeChange);

public sealed record ProjectionRowResource(int ProductId, string InventoryNumber, string Product, int DepartmentId, string Department,
    CostType CostType, IReadOnlyList<ProjectionFigureResource> Figures);

public sealed record ProjectionTotalResource(int Year, string Role, decimal Amount, decimal IndexDriven, decimal AboveIndex, decimal ScopeChange);

public sealed record YearAmountResource(int Year, decimal Amount);

/// <param name="BudgetProduct">Haushaltsprodukt (kommunaler Produktrahmen); null: not set.</param>
/// <param name="Account">Sachkonto; null: not set.</param>
public sealed record BudgetKeyTotalResource(string? BudgetProduct, string? Account, IReadOnlyList<YearAmountResource> Amounts);

/// <param name="VpiPercent">The VPI change assumed for years without a published index value.</param>
/// <param name="VpiIsDefault">True when no assumption is stored and the last known annual change applies.</param>
/// <param name="VpiPercentByYear">Years with their own VPI assumption, overriding VpiPercent there.</param>
/// <param name="ByBudgetKey">The projection added up by Haushaltsprodukt and Sachkonto.</param>
/// <param name="Authorisations">Verpflichtungsermächtigungen needed per planning year after the budget year(s), from the Finanzplan.</param>
/// <param name="Scenario">The saved scenario computed, null for the stored assumptions.</param>
/// <param name="ScenarioNote">What the scenario's exit changed, or why it could not be applied.</param>
/// <param name="View">"finanz" (payments by the year paid) or "ergebnis" (investive licences depreciated).</param>
public sealed record ProjectionResource(string View, int BudgetYear, int BudgetYears, int RunningYear, int LastYear,
    decimal VpiPercent, bool VpiIsDefault, decimal? DataCentrePercent,
    IReadOnlyList<ProjectionTotalResource> Totals, IReadOnlyList<ProjectionRowResource> Rows,
    IReadOnlyList<YearAmountResource> VpiPercentByYear, IReadOnlyList<BudgetKeyTotalResource> ByBudgetKey, IReadOnlyList<YearAmountResource> Authorisations,
    string? Scenario, string? ScenarioNote);

/// <summary><c>/api/v1/projection</c>: the Finanzplanung, read-only, as the page shows it.</summary>
public static class ProjectionApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/projection", async (FinancialPlanService plans, PlanningScenarioStore scenarios, int? year, int? horizon, int? budgetYears, string? view,
                string? scenario, CancellationToken ct) =>
            {
                var planHorizon = new ProjectionHorizon(year ?? plans.DefaultBudgetYear, budgetYears ?? 1, horizon ?? 3);
                if (planHorizon.Problem() is { } problem)
                    throw new ApiQueryException(FieldOf(planHorizon), problem);
                var budgetView = view?.Trim().ToLowerInvariant() switch
                {
                    null or "" or "finanz" => BudgetView.Finanzplan,
                    "ergebnis" => BudgetView.Ergebnisplan,
                    _ => throw new ApiQueryException("view", "Die Sicht muss „ergebnis“ (Ergebnisplan) oder „finanz“ (Finanzplan) sein."),
                };
                PlanningScenario? chosen = null;
                if (!string.IsNullOrWhiteSpace(scenario))
                {
                    var name = scenario.Trim();
                    chosen = (await scenarios.LoadAsync(ct)).Scenarios.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase))
                             ?? throw new ApiQueryException("scenario", "Ein Szenario dieses Namens ist nicht gespeichert.");
                }

                return TypedResults.Ok(ToResource(await plans.GetAsync(planHorizon, ct, budgetView, chosen), budgetView));
            })
            .WithTags("Finanzplanung")
            .RequireAuthorization(ApiPolicies.For(Permission.ViewDashboard))
            .WithSummary("Finanzplanung: IT-Kosten im laufenden Jahr, den Haushaltsjahren und den Planungsjahren")
            .WithDescription("Fortschreibung je Produkt und Kostenart für das laufende Jahr (year-1), das Haushaltsjahr year "
                             + "(Vorgabe: nächstes Jahr; budgetYears=2 für einen Doppelhaushalt) und horizon Planungsjahre (1-5, Vorgabe 3), "
                             + "jede Zahl mit ihrer Begründung und der Aufteilung des Zuwachses in indexbedingt und über dem Index. "
                             + "view=finanz (Vorgabe): Zahlungen im Jahr der Zahlung; view=ergebnis: investive Lizenzkäufe über dem Aktivierungswert "
                             + $"({FinancialPlanService.Capitalisation.ThresholdEuro} €) über {FinancialPlanService.Capitalisation.UsefulLifeYears} Jahre abgeschrieben. "
                             + "scenario=Name: ein gespeichertes Szenario (seine Annahmen und ggf. Kündigung eines Produkts mit Wechsel zu einer Alternative) statt der gespeicherten Annahmen. "
                             + $"year zwischen {ProjectionHorizon.MinYear} und {ProjectionHorizon.MaxYear}.")
            .Produces<ProjectionResource>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static string FieldOf(ProjectionHorizon horizon) =>
        horizon.BudgetYear is < ProjectionHorizon.MinYear or > ProjectionHorizon.MaxYear ? "year"
        : horizon.BudgetYears is < 1 or > 2 ? "budgetYears"
        : "horizon";

    internal static ProjectionResource ToResource(FinancialPlan plan, BudgetView view)
    {
        var assumptions = plan.Projection.Assumptions;
        return new ProjectionResource(view == BudgetView.Ergebnisplan ? "ergebnis" : "finanz", plan.Horizon.BudgetYear, plan.Horizon.BudgetYears, plan.Horizon.RunningYear, plan.Horizon.LastYear,
            assumptions.VpiPercent, plan.VpiIsDefault, assumptions.DataCentrePercent,
            plan.Projection.Totals.Select(t => new ProjectionTotalResource(t.Year, plan.Horizon.RoleOf(t.Year), t.Amount, t.IndexDriven, t.AboveIndex, t.ScopeChange)).ToList(),
            plan.Rows.Select(r => new ProjectionRowResource(r.ProductId, r.InventoryNumber, r.ProductName, r.DepartmentId, r.Department, r.CostType,
                r.Figures.Select(f => new ProjectionFigureResource(f.Year, f.Amount, f.Source, f.Explanation, f.IndexDriven, f.AboveIndex, f.ScopeChange)).ToList())).ToList(),
            (assumptions.VpiPercentByYear ?? new Dictionary<int, decimal>()).Where(v => plan.Years.Contains(v.Key)).OrderBy(v => v.Key)
                .Select(v => new YearAmountResource(v.Key, v.Value)).ToList(),
            plan.ByBudgetKey.Select(k => new BudgetKeyTotalResource(k.Key.BudgetProduct, k.Key.Account,
                plan.Years.Select((y, i) => new YearAmountResource(y, k.Amounts[i])).ToList())).ToList(),
            plan.CommitmentYears.Select(y => new YearAmountResource(y, plan.AuthorisationIn(y))).ToList(),
            plan.ScenarioName, plan.ScenarioNote);
    }
}
