using ItInventory.Core.Domain;

namespace ItInventory.Core.Analysis.LockIn;

/// <summary>
/// What the lock-in score needs beyond the product's own facts. Anything left null is "not known": the indicator
/// is then listed as not assessed and contributes no points, rather than being guessed.
/// </summary>
public sealed record LockInContext
{
    /// <summary>Contracts still binding the city (not ended) that cover the product.</summary>
    public IReadOnlyCollection<Contract> Contracts { get; init; } = [];

    /// <summary>The product's vendor; falls back to <see cref="Product.Vendor"/>.</summary>
    public Vendor? Vendor { get; init; }

    /// <summary>The operator when it is not the city; falls back to <see cref="Product.OperatorVendor"/>.</summary>
    public Vendor? OperatorVendor { get; init; }

    /// <summary>Running (konsumtive) cost of a year, the denominator of the switching-cost ratio (L6).</summary>
    public decimal? AnnualRunningCost { get; init; }

    public PriceSignal? Prices { get; init; }
}
