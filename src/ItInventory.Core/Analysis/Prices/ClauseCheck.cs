using ItInventory.Core.Domain;

namespace ItInventory.Core.Analysis.Prices;

/// <summary>A year's change measured against the contract's price clause.</summary>
/// <param name="AllowedRate">The increase the clause allows: the index change or the agreed percent.</param>
/// <param name="ExcessAmount">Amount above what the clause allows, in euros, rounded to cents (negative when below).</param>
public sealed record ClauseCheck(PriceAdjustmentKind Kind, decimal AllowedRate, decimal ExcessAmount)
{
    public bool Breached => ExcessAmount > 0m;
}
