namespace ItInventory.Core.Comparison.Exchange;

/// <summary>
/// Where the own figure lies against an imported group. The aggregate holds no single values, so no exact percentile
/// can be computed from it: the position is the quarter (with quartiles) or the half (median only) it falls into.
/// </summary>
public static class AggregatePosition
{
    public static string Of(decimal own, GroupSummary group) => (group.LowerQuartile, group.UpperQuartile) switch
    {
        ({ } lower, _) when own < lower => "unteres Viertel",
        (_, { } upper) when own > upper => "oberes Viertel",
        _ when own < group.Median => group.LowerQuartile is null ? "unter dem Median" : "zweites Viertel",
        _ when own > group.Median => group.LowerQuartile is null ? "über dem Median" : "drittes Viertel",
        _ => "am Median",
    };
}
