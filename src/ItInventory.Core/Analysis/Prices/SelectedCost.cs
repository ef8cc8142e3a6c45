using ItInventory.Core.Domain;

namespace ItInventory.Core.Analysis.Prices;

/// <summary>The amount that stands for one product, year and cost type after choosing actual over plan.</summary>
/// <param name="Quantity">Sum of the billed quantities, or null unless every chosen line states one.</param>
public sealed record SelectedCost(int ProductId, int Year, CostType CostType, decimal Amount, int? Quantity, ValueBasis Basis);
