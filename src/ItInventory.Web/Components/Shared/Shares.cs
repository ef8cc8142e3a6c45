namespace ItInventory.Web.Components.Shared;

/// <summary>Shares of a whole ("12,5 %"), unlike <see cref="Formats.Percent"/>, which shows signed changes.</summary>
public static class Shares
{
    public static string Percent(decimal? fraction) =>
        fraction is null ? "–" : (fraction.Value * 100m).ToString("0.0", Formats.German) + " %";

    /// <summary>A percentage that is already in percent (a cost share of 33.33).</summary>
    public static string OfPercent(decimal percent) => percent.ToString("0.##", Formats.German) + " %";
}
