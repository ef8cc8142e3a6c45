namespace ItInventory.Web.Features.PriceIndex;

/// <summary>One year of the index with its change against the year before, as the analysis compares prices.</summary>
/// <param name="ChangePercent">Change against the previous year in percent; null when that year has no value.</param>
public sealed record PriceIndexRow(int Year, decimal Value, bool IsPreliminary, Guid Version, decimal? ChangePercent);

/// <summary>Which years to list; both bounds inclusive, null for open.</summary>
public sealed record PriceIndexQuery(int? FromYear = null, int? ToYear = null);
