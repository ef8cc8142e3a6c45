namespace ItInventory.Core.Analysis.Prices;

/// <summary>The change of the consumer price index between two years.</summary>
/// <param name="CarriedForwardFromYear">
/// Set when a year's value was not published and was estimated by carrying this year's annual change forward.
/// </param>
public sealed record IndexChange(
    int FromYear,
    int ToYear,
    decimal FromValue,
    decimal ToValue,
    bool IsPreliminary,
    int? CarriedForwardFromYear = null)
{
    /// <summary>index(to) / index(from) - 1, e.g. 110.2 / 103.1 - 1 = 6.887 % for 2022.</summary>
    public decimal Rate => ToValue / FromValue - 1m;

    public bool IsEstimated => CarriedForwardFromYear is not null;
}
