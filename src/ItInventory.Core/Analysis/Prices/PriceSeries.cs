using ItInventory.Core.Domain;

namespace ItInventory.Core.Analysis.Prices;

/// <summary>What the price analysis looks at: cost lines of one product (or of all products of a vendor).</summary>
/// <param name="ContractStart">
/// Start of the contract: the cumulative comparison and clause checks begin with its first full calendar year.
/// </param>
public sealed record PriceSeries(
    SubjectRef Subject,
    IReadOnlyCollection<CostLine> Lines,
    DateOnly? ContractStart = null,
    PriceClause? Clause = null);
