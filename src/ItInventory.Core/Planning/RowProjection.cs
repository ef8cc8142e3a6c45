using ItInventory.Core.Analysis.Prices;
using ItInventory.Core.Domain;
using static ItInventory.Core.Planning.CostProjector;

namespace ItInventory.Core.Planning;

/// <summary>The chain of one product's cost type from its start year to the end of the horizon.</summary>
internal sealed class RowProjection(
    ProjectionInput input, Product product, CostType costType, IReadOnlyDictionary<int, SelectedCost> yearCosts, ContractCoverage coverage)
{
    private readonly ProjectionHorizon horizon = input.Horizon;
    private readonly decimal? ownAverage = GrowthRate.OwnAverage(
        yearCosts.Values.Where(c => c.Year <= input.Horizon.RunningYear).ToDictionary(c => c.Year, c => c.Amount), input.Horizon.RunningYear);

    public IReadOnlyList<ProjectedFigure> Figures(int chainStart)
    {
        var figures = new List<ProjectedFigure>();
        decimal? annual = null;
        var previous = 0m;
        for (var year = Math.Min(chainStart, horizon.RunningYear); year <= horizon.LastYear; year++)
        {
            var (figure, fullYear) = Figure(year, chainStart, ref annual);
            if (year > horizon.RunningYear)
                figure = WithSplit(figure, previous, fullYear);
            if (year >= horizon.RunningYear)
                figures.Add(figure);
            previous = figure.Amount;
        }

        return figures;
    }

    /// <summary>The figure of a year and whether it covers the whole year (else its change is one of scope).</summary>
    private (ProjectedFigure Figure, bool FullYear) Figure(int year, int chainStart, ref decimal? annual)
    {
        if (yearCosts.TryGetValue(year, out var cost))
        {
            annual = cost.Amount;
            return (new ProjectedFigure(year, cost.Amount, year <= horizon.RunningYear ? FigureSource.Booked : FigureSource.PlanLine,
                BookedWording(year, cost)), true);
        }

        if (annual is not { } running)
        {
            return (Nothing(year, product.Lifecycle == LifecycleStatus.Planned
                ? $"Geplantes Produkt: Kosten erst ab {chainStart} geplant"
                : $"Keine Kosten vor {chainStart} erfasst"), false);
        }

        if (!input.Recurring.Contains(costType))
            return (Nothing(year, $"Einmalkosten ({CostTypeNames.Label(costType)}) werden nicht fortgeschrieben"), false);
        if (product.Lifecycle == LifecycleStatus.Retired)
            return (Nothing(year, "Produkt ist außer Betrieb; keine Kosten mehr"), false);

        var contract = coverage.InForce(year);
        var dataCentre = contract is not null
            ? input.DataCentreVendorIds.Contains(contract.VendorId)
            : costType == CostType.Hosting && product.Operator == OperatorKind.MunicipalDataCentre;
        var rate = GrowthRate.For(contract, dataCentre, year, input.Assumptions, input.Index, ownAverage);
        annual = Cents(running * (1m + rate.Rate));

        var (covered, days) = coverage.CoveredDays(year);
        var endWording = coverage.EndWording(year);
        // Both cut the year from its start or to its end; the smaller share is the one that binds.
        if (PlannedWindow.In(product, year) is ({ } planned, { } plannedWording) && planned < covered)
            (covered, endWording) = (planned, plannedWording);
        var reason = year <= horizon.RunningYear
            ? $"Für {year} ist nichts erfasst; fortgeschrieben: {rate.Reason}"
            : rate.Reason;
        if (product.Lifecycle == LifecycleStatus.PhaseOut && coverage.End is null && product.PlannedEnd is null)
            reason += "; das Produkt läuft aus, weder Vertragsende noch geplantes Ende sind erfasst";
        if (covered == days)
            return (new ProjectedFigure(year, annual.Value, FigureSource.Projected, reason), true);
        if (covered == 0)
            return (Nothing(year, endWording!), false);
        return (new ProjectedFigure(year, Cents(annual.Value * covered / days), FigureSource.Projected,
            $"{endWording}; anteilig {covered} von {days} Tagen; {reason}"), false);
    }

    private string BookedWording(int year, SelectedCost cost)
    {
        if (year <= horizon.RunningYear)
            return $"{(year == horizon.RunningYear ? "Laufendes Jahr" : "Jahr")} {year}: {YearCostRule.Label(cost.Basis)} (Jahreskosten)";
        var planned = product.Lifecycle == LifecycleStatus.Planned ? "Geplantes Produkt: " : "";
        return $"{planned}Planzeile {year} überschreibt die Fortschreibung";
    }

    private static ProjectedFigure Nothing(int year, string why) => new(year, 0m, FigureSource.None, why);

    /// <summary>
    /// The change from the previous year: what the index alone would have added and what lies above it, for a
    /// figure that continues a full year; otherwise a change of scope (start, end, one-off).
    /// </summary>
    private ProjectedFigure WithSplit(ProjectedFigure figure, decimal previous, bool fullYear)
    {
        if (!fullYear || previous <= 0m || figure.Amount <= 0m)
            return figure with { ScopeChange = figure.Amount - previous };
        var indexDriven = Cents(previous * GrowthRate.Index(figure.Year, input.Assumptions, input.Index).Rate);
        return figure with { IndexDriven = indexDriven, AboveIndex = figure.Amount - previous - indexDriven };
    }
}
