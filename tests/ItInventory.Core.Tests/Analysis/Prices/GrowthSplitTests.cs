using ItInventory.Core.Analysis;
using ItInventory.Core.Analysis.Prices;
using ItInventory.Core.Domain;

namespace ItInventory.Core.Tests.Analysis.Prices;

public sealed class GrowthSplitTests
{
    private static SelectedCost Cost(int product, int year, decimal amount, int? quantity = null, CostType type = CostType.Maintenance) =>
        new(product, year, type, amount, quantity, ValueBasis.Actual);

    private static GrowthSplit Split(params SelectedCost[] costs) => GrowthSplit.Of(costs, 2020, 2025, 100m, 110m);

    private static void AssertAddsUp(GrowthSplit split) =>
        Assert.Equal(split.Change, split.PriceAboveIndex + split.PriceWithinIndex + split.Volume + split.NewProducts + split.Retired);

    public static TheoryData<string, SelectedCost[], decimal, decimal, decimal, decimal, decimal> Cases() => new()
    {
        // name, costs, above, within, volume, new, retired
        { "price +10 % = index", [Cost(1, 2020, 1_000m), Cost(1, 2025, 1_100m)], 0m, 100m, 0m, 0m, 0m },
        { "price +30 %, index 10 %", [Cost(1, 2020, 1_000m), Cost(1, 2025, 1_300m)], 200m, 100m, 0m, 0m, 0m },
        { "price cut", [Cost(1, 2020, 1_000m), Cost(1, 2025, 900m)], 0m, -100m, 0m, 0m, 0m },
        { "twice the licences, same unit price", [Cost(1, 2020, 1_000m, 10), Cost(1, 2025, 2_000m, 20)], 0m, 0m, 1_000m, 0m, 0m },
        { "twice the licences, unit price +20 %", [Cost(1, 2020, 1_000m, 10), Cost(1, 2025, 2_400m, 20)], 200m, 200m, 1_000m, 0m, 0m },
        { "quantity only in one year counts as price", [Cost(1, 2020, 1_000m), Cost(1, 2025, 1_500m, 20)], 400m, 100m, 0m, 0m, 0m },
        { "new product", [Cost(2, 2025, 5_000m)], 0m, 0m, 0m, 5_000m, 0m },
        { "retired product", [Cost(3, 2020, 4_000m)], 0m, 0m, 0m, 0m, -4_000m },
        { "hosting added to a running product", [Cost(1, 2020, 1_000m), Cost(1, 2025, 1_000m), Cost(1, 2025, 700m, type: CostType.Hosting)], 0m, 0m, 700m, 0m, 0m },
        { "odd cents", [Cost(1, 2020, 333.33m, 3), Cost(1, 2025, 777.78m, 7)], 0m, 0.01m, 444.44m, 0m, 0m },
        { "years outside are ignored", [Cost(1, 2019, 9_999m), Cost(1, 2020, 100m), Cost(1, 2025, 100m), Cost(1, 2026, 9_999m)], 0m, 0m, 0m, 0m, 0m },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_part_of_the_change_is_where_it_belongs_and_the_parts_add_up(string name, SelectedCost[] costs,
        decimal above, decimal within, decimal volume, decimal added, decimal retired)
    {
        var split = Split(costs);
        Assert.True((above, within, volume, added, retired) == (split.PriceAboveIndex, split.PriceWithinIndex, split.Volume, split.NewProducts, split.Retired),
            $"{name}: {split}");
        AssertAddsUp(split);
    }

    [Fact]
    public void A_mixed_inventory_adds_up_to_the_cent_and_counts_new_and_retired_products()
    {
        var random = new Random(20261206);
        var costs = new List<SelectedCost>();
        for (var product = 1; product <= 200; product++)
        {
            foreach (var year in new[] { 2020, 2025 })
            {
                if (random.Next(6) == 0) continue;
                foreach (var type in new[] { CostType.Maintenance, CostType.Hosting })
                {
                    if (random.Next(3) == 0) continue;
                    costs.Add(Cost(product, year, random.Next(1, 5_000_000) / 100m, random.Next(3) == 0 ? null : random.Next(1, 500), type));
                }
            }
        }

        var split = GrowthSplit.Of(costs, 2020, 2025, 105.8m, 117.4m);

        AssertAddsUp(split);
        Assert.Equal(costs.Where(c => c.Year == 2025).Sum(c => c.Amount) - costs.Where(c => c.Year == 2020).Sum(c => c.Amount), split.Change);
        Assert.True(split.NewProductCount > 0 && split.RetiredProductCount > 0);
        Assert.True(split.PriceAboveIndex >= 0m);
    }
}
