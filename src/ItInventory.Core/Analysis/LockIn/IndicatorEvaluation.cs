namespace ItInventory.Core.Analysis.LockIn;

/// <summary>How far one indicator is fulfilled for one product, and why.</summary>
public sealed record IndicatorEvaluation(decimal Fraction, bool Assessed, string Reason)
{
    public static IndicatorEvaluation Full(string reason) => new(1m, true, reason);
    public static IndicatorEvaluation None(string reason) => new(0m, true, reason);
    public static IndicatorEvaluation Part(decimal fraction, string reason) => new(fraction, true, reason);
    public static IndicatorEvaluation NotAssessed(string reason) => new(0m, false, reason);
}
