namespace ItInventory.Core.Comparison;

/// <summary>Published comparison figures are rounded so that none reproduces one member's exact figure.</summary>
public static class Rounding
{
    /// <summary>12.345 → 12; 0.01234 → 0.012; 1,234.5 → 1,200; half away from zero.</summary>
    public static decimal TwoSignificantDigits(decimal value)
    {
        if (value == 0m)
            return 0m;
        var magnitude = (int)Math.Floor(Math.Log10((double)Math.Abs(value)));
        var decimals = 1 - magnitude;
        if (decimals >= 0)
            return Math.Round(value, Math.Min(decimals, 28), MidpointRounding.AwayFromZero);
        var factor = Pow10(-decimals);
        return Math.Round(value / factor, 0, MidpointRounding.AwayFromZero) * factor;
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
            result *= 10m;
        return result;
    }
}
