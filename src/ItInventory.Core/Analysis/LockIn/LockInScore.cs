namespace ItInventory.Core.Analysis.LockIn;

/// <summary>The lock-in score of a product, 0 (free to leave) to 100 (locked in).</summary>
/// <param name="IsHard">No open export and no alternative product: the hard flag of the domain brief.</param>
public sealed record LockInScore(
    SubjectRef Product,
    decimal Score,
    IReadOnlyList<LockInFactor> Factors,
    bool IsHard);
