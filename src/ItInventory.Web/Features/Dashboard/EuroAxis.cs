using ItInventory.Core.Formatting;

namespace ItInventory.Web.Features.Dashboard;

/// <summary>Round steps for a euro axis (1, 2 or 5 times a power of ten), so its labels read 0, 1.000, 2.000 and not 2.949, 3.113.</summary>
public static class EuroAxis
{
    /// <summary>The axis title that goes with <see cref="Thousands"/>.</summary>
    public const string Title = "Tsd. €";

    /// <summary>An axis tick in thousands of euros, German digits: "20", not "20480".</summary>
    public static string Thousands(double value) => (value / 1000d).ToString("N0", Formats.German);

    public static int TickStep(decimal maximum, int ticks = 5)
    {
        if (maximum <= 0m)
            return 1;
        var raw = (double)maximum / ticks;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1d, 2d, 5d, 10d }.Select(f => f * magnitude).First(s => s >= raw);
        return (int)Math.Min(int.MaxValue, Math.Max(1d, step));
    }
}
