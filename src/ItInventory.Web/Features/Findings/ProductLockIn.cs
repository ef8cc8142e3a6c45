using ItInventory.Core.Analysis.LockIn;

namespace ItInventory.Web.Features.Findings;

/// <summary>A product's lock-in score and the threshold from which the installation calls it high.</summary>
public sealed record ProductLockIn(LockInScore Score, decimal HighThreshold)
{
    public bool IsHigh => Score.Score >= HighThreshold;

    /// <summary>The three factors that weigh most, for the one-line "why".</summary>
    public IReadOnlyList<LockInFactor> Strongest =>
        Score.Factors.Where(f => f.Points > 0m).OrderByDescending(f => f.Points).ThenBy(f => f.Code, StringComparer.Ordinal).Take(3).ToList();
}
