using ItInventory.Core.Analysis.Prices;
using ItInventory.Core.Analysis;

namespace ItInventory.Web.Features.Dashboard;

/// <summary>A year's IT spend beside the earliest actual year's spend carried forward by the consumer price index.</summary>
/// <param name="PriceIndex">VPI (2020 = 100) of the year; null when none is recorded.</param>
/// <param name="IndexAdjusted">spend(base year) × VPI(year) / VPI(base year); null without an index value for the year.</param>
public sealed record YearSpend(int Year, ValueBasis ValueBasis, decimal Amount, decimal? PriceIndex, bool IndexPreliminary, decimal? IndexAdjusted)
{
    public bool IsPlan => ValueBasis == ValueBasis.Plan;

    /// <summary>Only a year of actuals alone can be compared with the price index.</summary>
    public bool IsActual => ValueBasis == ValueBasis.Actual;

    /// <summary>"Ist", "Plan" or "Ist/Plan".</summary>
    public string Basis => YearCostRule.Label(ValueBasis);
}

/// <summary>Total IT spend per year, actuals first, then plan years, with the index-adjusted comparison line.</summary>
public sealed record SpendTrend(IReadOnlyList<YearSpend> Years)
{
    /// <summary>The earliest year with actuals: the base the index line starts from.</summary>
    public YearSpend? BaseYear => Years.FirstOrDefault(y => y.IsActual && y.PriceIndex is not null);

    /// <summary>The latest year with actuals and an index value: the end of the comparison.</summary>
    public YearSpend? CompareYear => Years.LastOrDefault(y => y.IsActual && y.PriceIndex is not null);

    public IReadOnlyList<int> YearsWithoutIndex => Years.Where(y => y.PriceIndex is null).Select(y => y.Year).ToList();

    /// <summary>One German sentence: did costs grow faster than prices? With the numbers.</summary>
    public string Describe()
    {
        if (BaseYear is not { } from || CompareYear is not { } to || to.Year == from.Year || from.Amount == 0m)
            return "Für einen Vergleich mit dem Verbraucherpreisindex fehlen Ist-Werte aus mindestens zwei Jahren mit Indexwert.";

        var costChange = to.Amount / from.Amount - 1m;
        var priceChange = to.PriceIndex!.Value / from.PriceIndex!.Value - 1m;
        var costVerb = costChange >= 0 ? "stiegen" : "sanken";
        var priceVerb = priceChange >= 0 ? "stiegen" : "sanken";
        var verdict = Formats.PercentValue(costChange) > Formats.PercentValue(priceChange)
            ? "die IT-Kosten wuchsen also schneller als die Preise"
            : Formats.PercentValue(costChange) < Formats.PercentValue(priceChange)
                ? "die IT-Kosten wuchsen also langsamer als die Preise"
                : "die IT-Kosten wuchsen also genauso schnell wie die Preise";
        var preliminary = to.IndexPreliminary ? " (Indexwert " + to.Year + " vorläufig)" : "";
        return $"Von {from.Year} bis {to.Year} {costVerb} die IT-Ausgaben (Ist) um {Formats.Percent(Math.Abs(costChange))} "
            + $"von {Formats.Euro(from.Amount)} auf {Formats.Euro(to.Amount)}, die Verbraucherpreise {priceVerb} "
            + $"um {Formats.Percent(Math.Abs(priceChange))}{preliminary}; {verdict}.";
    }

    /// <summary>Names the years the index line cannot cover, or null when every year has an index value.</summary>
    public string? MissingIndexNote()
    {
        var missing = YearsWithoutIndex;
        return missing.Count switch
        {
            0 => null,
            1 => $"Für {missing[0]} liegt noch kein Verbraucherpreisindex vor; die indexierte Linie endet davor.",
            _ => $"Für {string.Join(", ", missing.Take(missing.Count - 1))} und {missing[^1]} liegt noch kein Verbraucherpreisindex vor; "
                 + "die indexierte Linie fehlt dort.",
        };
    }
}
