using static ItInventory.Core.Formatting.Formats;

namespace ItInventory.Core.Validation;

/// <summary>
/// The range of an assumed annual change in percent (VPI, data-centre fees): -20 % to +50 % with at most two decimals.
/// Wide enough for 2022's +6.9 % and a tariff step, narrow enough that a typo (22 for 2,2) stands out as one.
/// </summary>
public static class AssumptionRules
{
    public const decimal MinPercent = -20m;
    public const decimal MaxPercent = 50m;

    public static string? Problem(decimal? percent, string label) => percent switch
    {
        null => null,
        < MinPercent or > MaxPercent => $"{label} muss zwischen {PercentFigure(MinPercent)} und {PercentFigure(MaxPercent)} liegen.",
        { } value when decimal.Round(value, 2) != value => $"{label} darf höchstens zwei Nachkommastellen haben.",
        _ => null,
    };
}
