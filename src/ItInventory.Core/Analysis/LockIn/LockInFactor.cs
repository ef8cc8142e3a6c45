namespace ItInventory.Core.Analysis.LockIn;

/// <summary>One indicator's share of a lock-in score, with its reason, so the score is explainable factor by factor.</summary>
/// <param name="Fraction">How far the indicator is fulfilled, 0 to 1.</param>
/// <param name="Points">Weight × fraction, scaled so that the points of all factors add up to the score.</param>
/// <param name="Assessed">False when the data needed is missing; the factor then gives 0 points.</param>
/// <param name="Reason">One German sentence with the facts behind the fraction.</param>
public sealed record LockInFactor(
    string Code,
    string Label,
    decimal Weight,
    decimal Fraction,
    decimal Points,
    bool Assessed,
    string Reason,
    string Justification);
