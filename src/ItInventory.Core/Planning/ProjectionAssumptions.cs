using ItInventory.Core.Analysis.Prices;

namespace ItInventory.Core.Planning;

/// <summary>
/// The stated assumptions of a projection. Every figure that depends on them says so in its explanation, so a reader
/// of the budget sees what was assumed, not only the result.
/// </summary>
/// <param name="VpiPercent">Assumed annual VPI change in percent for years without a published index value.</param>
/// <param name="VpiPercentByYear">Per-year overrides of <paramref name="VpiPercent"/>.</param>
/// <param name="DataCentrePercent">
/// Assumed annual change of municipal data-centre fees (e.g. TVöD pay rises); null lets their contracts' clauses apply.
/// </param>
public sealed record ProjectionAssumptions(
    decimal VpiPercent,
    IReadOnlyDictionary<int, decimal>? VpiPercentByYear = null,
    decimal? DataCentrePercent = null)
{
    /// <summary>The default VPI assumption: the last known annual change of the index, or 2 % without index data.</summary>
    public static decimal DefaultVpiPercent(PriceIndex index)
    {
        if (index.LatestYear is { } latest && index.Change(latest - 1, latest, MissingIndexPolicy.Skip) is { } change)
            return Math.Round(change.Rate * 100m, 1, MidpointRounding.AwayFromZero);
        return 2m;
    }

    /// <summary>The VPI change assumed for a year, as a rate (0.022 for 2,2 %).</summary>
    public decimal VpiRate(int year) =>
        (VpiPercentByYear is not null && VpiPercentByYear.TryGetValue(year, out var percent) ? percent : VpiPercent) / 100m;
}
