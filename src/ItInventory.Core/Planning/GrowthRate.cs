using ItInventory.Core.Analysis.Prices;
using ItInventory.Core.Domain;
using static ItInventory.Core.Formatting.Formats;

namespace ItInventory.Core.Planning;

/// <summary>The annual change a figure is carried forward with, and the German words that say why.</summary>
public sealed record GrowthRate(decimal Rate, string Reason)
{
    /// <summary>
    /// The rate for a year under the contract in force: a data-centre fee follows its own stated assumption where one
    /// is set; otherwise the price clause: fixed percent as agreed, index-linked with the published VPI change or the
    /// stated assumption, unilateral with the product's own average increase, none (or no contract) flat.
    /// </summary>
    public static GrowthRate For(Contract? contract, bool dataCentre, int year, ProjectionAssumptions assumptions,
        PriceIndex index, decimal? ownAverageRate)
    {
        if (dataCentre && assumptions.DataCentrePercent is { } fee)
            return new(fee / 100m, $"RZ-Entgelt: Annahme {SignedPercent(fee / 100m)} (z. B. TVöD)");
        if (contract is null)
            return new(0m, "Kein Vertrag zugeordnet: gleichbleibend fortgeschrieben");

        var (vpi, vpiWords) = Index(year, assumptions, index);
        var agreed = (contract.PriceAdjustmentPercent ?? 0m) / 100m;
        return contract.PriceAdjustment switch
        {
            PriceAdjustmentKind.FixedPercent => new(agreed, $"Preisklausel fest {SignedPercent(agreed)}"),
            PriceAdjustmentKind.IndexLinked => new(vpi, $"Preisklausel Index: {vpiWords}"),
            PriceAdjustmentKind.Unilateral when ownAverageRate is { } own =>
                new(own, $"Einseitige Preisanpassung: eigene durchschnittliche Steigerung der letzten drei Jahre {SignedPercent(own)}"),
            PriceAdjustmentKind.Unilateral => new(vpi, $"Einseitige Preisanpassung ohne Vorjahreswerte: {vpiWords}"),
            _ => new(0m, "Keine Preisklausel: gleichbleibend"),
        };
    }

    /// <summary>The VPI change of a year: published, else the stated assumption.</summary>
    public static (decimal Rate, string Words) Index(int year, ProjectionAssumptions assumptions, PriceIndex index) =>
        index.Change(year - 1, year, MissingIndexPolicy.Skip) is { } known
            ? (known.Rate, $"VPI {year} {SignedPercent(known.Rate)}")
            : (assumptions.VpiRate(year), $"VPI-Annahme {SignedPercent(assumptions.VpiRate(year))}");

    /// <summary>
    /// The product's own average annual increase (geometric mean) over the last three years up to
    /// <paramref name="lastYear"/>, from the year costs of one cost type; null without two consecutive years.
    /// </summary>
    public static decimal? OwnAverage(IReadOnlyDictionary<int, decimal> yearCosts, int lastYear)
    {
        var factor = 1m;
        var steps = 0;
        for (var year = lastYear - 2; year <= lastYear; year++)
        {
            if (yearCosts.TryGetValue(year - 1, out var before) && before > 0m && yearCosts.TryGetValue(year, out var after))
            {
                factor *= after / before;
                steps++;
            }
        }

        return steps == 0 ? null : (decimal)Math.Pow((double)factor, 1.0 / steps) - 1m;
    }
}
