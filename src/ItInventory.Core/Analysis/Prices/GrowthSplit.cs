namespace ItInventory.Core.Analysis.Prices;

/// <summary>
/// Why the IT spend changed between two years, in parts that add up to the change to the cent: prices above the index,
/// prices within the index (or falling), more or less volume (billed quantities, cost types a product gained or lost),
/// new products and retired ones. The council's "why" behind the headline "IT +52 % against prices +22 %".
/// </summary>
/// <param name="PriceWithinIndex">Price changes up to what the index explains; negative for price cuts.</param>
/// <param name="Volume">Changed quantities (licences, users) at the old prices, and cost types a continuing product gained or dropped.</param>
/// <param name="Retired">Negative: the cost of products that had cost in the first year and none in the second.</param>
public sealed record GrowthSplit(
    int FromYear, int ToYear, decimal From, decimal To,
    decimal PriceAboveIndex, decimal PriceWithinIndex, decimal Volume,
    decimal NewProducts, int NewProductCount, decimal Retired, int RetiredProductCount)
{
    public decimal Change => To - From;

    /// <param name="costs">The year costs of both years by the one year-cost rule (<see cref="CostSelection"/>).</param>
    /// <param name="indexFrom">VPI of <paramref name="fromYear"/>; with <paramref name="indexTo"/> the price change the index explains.</param>
    public static GrowthSplit Of(IEnumerable<SelectedCost> costs, int fromYear, int toYear, decimal indexFrom, decimal indexTo)
    {
        var indexChange = indexFrom > 0m ? indexTo / indexFrom - 1m : 0m;
        decimal from = 0m, to = 0m, above = 0m, within = 0m, volume = 0m, added = 0m, retired = 0m;
        int addedCount = 0, retiredCount = 0;
        foreach (var product in costs.Where(c => c.Year == fromYear || c.Year == toYear).GroupBy(c => c.ProductId))
        {
            var before = product.Where(c => c.Year == fromYear).ToDictionary(c => c.CostType);
            var after = product.Where(c => c.Year == toYear).ToDictionary(c => c.CostType);
            var f = before.Values.Sum(c => c.Amount);
            var t = after.Values.Sum(c => c.Amount);
            from += f;
            to += t;
            if (f == 0m && t != 0m)
            {
                added += t;
                addedCount++;
                continue;
            }

            if (t == 0m && f != 0m)
            {
                retired -= f;
                retiredCount++;
                continue;
            }

            foreach (var type in before.Keys.Union(after.Keys))
            {
                var old = before.GetValueOrDefault(type);
                var now = after.GetValueOrDefault(type);
                if (old is null || now is null || old.Amount == 0m)
                {
                    volume += (now?.Amount ?? 0m) - (old?.Amount ?? 0m);
                    continue;
                }

                // At the old price per unit, the new quantity would have cost this much more (or less).
                var volumeEffect = old.Quantity is > 0 && now.Quantity is > 0
                    ? Math.Round(old.Amount * (now.Quantity.Value / (decimal)old.Quantity.Value - 1m), 2, MidpointRounding.AwayFromZero)
                    : 0m;
                var atOldPrices = old.Amount + volumeEffect;
                var priceChange = now.Amount - atOldPrices;
                var explained = Math.Round(atOldPrices * indexChange, 2, MidpointRounding.AwayFromZero);
                var withinPart = priceChange > 0m && explained > 0m ? Math.Min(priceChange, explained) : priceChange <= 0m ? priceChange : 0m;
                volume += volumeEffect;
                within += withinPart;
                above += priceChange - withinPart;
            }
        }

        return new GrowthSplit(fromYear, toYear, from, to, above, within, volume, added, addedCount, retired, retiredCount);
    }
}
