using ItInventory.Core.Analysis.Prices;
using ItInventory.Core.Domain;
using static ItInventory.Core.Formatting.Formats;
using static ItInventory.Core.Planning.CostProjector;

namespace ItInventory.Core.Planning;

/// <summary>
/// A scenario's exit: the product is given notice to its earliest exit (the exit assessment's date, see
/// <c>Analysis/Exit/ExitDateCalculator</c>) and replaced by an alternative with the stated running cost per year and
/// a one-off switching cost in the year of the switch.
/// </summary>
public sealed record ExitChoice(int ProductId, DateOnly ExitDate, decimal AlternativeAnnualCost, decimal SwitchingCost = 0m,
    CostType AlternativeCostType = CostType.Subscription);

/// <summary>Applies an <see cref="ExitChoice"/> to a projection: the product's costs stop, the alternative's start.</summary>
public static class ScenarioExit
{
    public static Projection Apply(Projection projection, ExitChoice exit)
    {
        var horizon = projection.Horizon;
        var rows = projection.Rows.Select(row => row.ProductId == exit.ProductId ? Cut(row, exit, horizon) : row).ToList();
        var alternative = Alternative(exit, horizon);
        var index = rows.FindIndex(r => r.ProductId == exit.ProductId && r.CostType == exit.AlternativeCostType);
        if (index >= 0)
            rows[index] = WithSplit(rows[index] with { Figures = rows[index].Figures.Zip(alternative, Add).ToList() }, horizon);
        else
            rows.Add(WithSplit(new ProjectionRow(exit.ProductId, exit.AlternativeCostType, alternative), horizon));
        return projection with { Rows = rows };
    }

    /// <summary>The product's own figures up to the exit date; nothing after it. Years up to the running year stay as booked.</summary>
    private static ProjectionRow Cut(ProjectionRow row, ExitChoice exit, ProjectionHorizon horizon) =>
        WithSplit(row with
        {
            Figures = row.Figures.Select(f => f.Year <= horizon.RunningYear || f.Year < exit.ExitDate.Year || f.Amount == 0m
                ? f
                : f with
                {
                    Amount = Cents(f.Amount * DaysUpTo(exit.ExitDate, f.Year) / DaysIn(f.Year)),
                    Source = FigureSource.Projected,
                    Explanation = $"Szenario: gekündigt zum {Date(exit.ExitDate)}" + (f.Year == exit.ExitDate.Year ? $"; anteilig {DaysUpTo(exit.ExitDate, f.Year)} von {DaysIn(f.Year)} Tagen; {f.Explanation}" : ""),
                }).ToList(),
        }, horizon);

    private static List<ProjectedFigure> Alternative(ExitChoice exit, ProjectionHorizon horizon) =>
        horizon.Years.Select(year =>
        {
            var firstYear = exit.ExitDate.AddDays(1).Year;
            if (year <= horizon.RunningYear || year < firstYear)
                return new ProjectedFigure(year, 0m, FigureSource.None, "Szenario: Alternative noch nicht in Betrieb");
            var days = DaysIn(year) - DaysUpTo(exit.ExitDate, year);
            var switching = year == firstYear ? exit.SwitchingCost : 0m;
            var amount = Cents(exit.AlternativeAnnualCost * days / DaysIn(year)) + switching;
            var wording = $"Szenario: Alternative mit laufenden Kosten {Euro(exit.AlternativeAnnualCost)} je Jahr ({CostTypeNames.Label(exit.AlternativeCostType)})"
                          + (days < DaysIn(year) ? $", anteilig {days} von {DaysIn(year)} Tagen" : "")
                          + (switching > 0m ? $", Wechselkosten {Euro(switching)}" : "");
            return new ProjectedFigure(year, amount, FigureSource.Projected, wording);
        }).ToList();

    private static ProjectedFigure Add(ProjectedFigure own, ProjectedFigure alternative) =>
        alternative.Amount == 0m ? own : own with { Amount = own.Amount + alternative.Amount, Source = FigureSource.Projected, Explanation = $"{own.Explanation}; {alternative.Explanation}" };

    /// <summary>An exit is a change of scope: the whole change of a changed year from the year before counts as such.</summary>
    private static ProjectionRow WithSplit(ProjectionRow row, ProjectionHorizon horizon)
    {
        var figures = row.Figures.ToList();
        for (var i = 1; i < figures.Count; i++)
        {
            if (figures[i].Year > horizon.RunningYear && figures[i].Explanation.Contains("Szenario:"))
                figures[i] = figures[i] with { IndexDriven = 0m, AboveIndex = 0m, ScopeChange = figures[i].Amount - figures[i - 1].Amount };
        }

        return row with { Figures = figures };
    }

    /// <summary>Days of the year up to and including the exit date: 0 before its year, all after it.</summary>
    private static int DaysUpTo(DateOnly exitDate, int year) =>
        year < exitDate.Year ? DaysIn(year) : year > exitDate.Year ? 0 : exitDate.DayOfYear;

    private static int DaysIn(int year) => DateTime.IsLeapYear(year) ? 366 : 365;
}
