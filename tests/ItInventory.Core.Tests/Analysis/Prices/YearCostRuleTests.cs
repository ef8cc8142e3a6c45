using ItInventory.Core.Analysis.Prices;
using ItInventory.Core.Domain;

namespace ItInventory.Core.Tests.Analysis.Prices;

public class YearCostRuleTests
{
    private static CostLine Line(int id, int product, int year, CostType type, CostKind kind, decimal amount) => new()
    {
        Id = id, ProductId = product, FiscalYear = year, CostType = type, Kind = kind, Amount = amount,
    };

    /// <summary>Each case: the lines, then the ids of the lines that count.</summary>
    public static TheoryData<string, CostLine[], int[]> Cases => new()
    {
        { "plan only counts", [Line(1, 1, 2026, CostType.Maintenance, CostKind.Plan, 100m)], [1] },
        { "actual replaces the plan of its type",
            [Line(1, 1, 2026, CostType.Maintenance, CostKind.Plan, 100m), Line(2, 1, 2026, CostType.Maintenance, CostKind.Actual, 90m)], [2] },
        { "running year: booked maintenance, planned hosting both count",
            [Line(1, 1, 2026, CostType.Maintenance, CostKind.Actual, 100m), Line(2, 1, 2026, CostType.Hosting, CostKind.Plan, 50m)], [1, 2] },
        { "an actual of another year leaves the plan",
            [Line(1, 1, 2025, CostType.Maintenance, CostKind.Actual, 100m), Line(2, 1, 2026, CostType.Maintenance, CostKind.Plan, 50m)], [1, 2] },
        { "an actual of another product leaves the plan",
            [Line(1, 2, 2026, CostType.Maintenance, CostKind.Actual, 100m), Line(2, 1, 2026, CostType.Maintenance, CostKind.Plan, 50m)], [1, 2] },
        { "several actuals all count, never added to the plan",
            [Line(1, 1, 2026, CostType.Maintenance, CostKind.Actual, 10m), Line(2, 1, 2026, CostType.Maintenance, CostKind.Actual, 20m),
             Line(3, 1, 2026, CostType.Maintenance, CostKind.Plan, 99m)], [1, 2] },
        { "no lines", [], [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void In_memory_form_picks_the_counting_lines(string because, CostLine[] lines, int[] expected)
    {
        Assert.True(expected.SequenceEqual(YearCostRule.CountingLines(lines).Select(l => l.Id).Order()), because);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Expression_form_picks_the_same_lines(string because, CostLine[] lines, int[] expected)
    {
        var counts = YearCostRule.Counts(lines.AsQueryable()).Compile();
        Assert.True(expected.SequenceEqual(lines.Where(counts).Select(l => l.Id).Order()), because);
    }

    [Fact]
    public void In_memory_and_expression_forms_agree_on_random_inventories()
    {
        var random = new Random(20261202);
        var types = Enum.GetValues<CostType>();
        for (var run = 0; run < 300; run++)
        {
            var lines = Enumerable.Range(1, random.Next(0, 40))
                .Select(id => Line(id, random.Next(1, 4), random.Next(2024, 2027), types[random.Next(types.Length)],
                    random.Next(2) == 0 ? CostKind.Actual : CostKind.Plan, random.Next(1, 1000)))
                .ToList();
            var counts = YearCostRule.Counts(lines.AsQueryable()).Compile();
            Assert.Equal(lines.Where(counts).Select(l => l.Id), YearCostRule.CountingLines(lines).Select(l => l.Id));
        }
    }

    [Theory]
    [InlineData(new CostKind[0], ValueBasis.Plan, "Plan")]
    [InlineData(new[] { CostKind.Actual, CostKind.Actual }, ValueBasis.Actual, "Ist")]
    [InlineData(new[] { CostKind.Plan }, ValueBasis.Plan, "Plan")]
    [InlineData(new[] { CostKind.Actual, CostKind.Plan }, ValueBasis.Mixed, "Ist/Plan")]
    public void Basis_names_what_the_counting_lines_are(CostKind[] kinds, ValueBasis basis, string label)
    {
        Assert.Equal(basis, YearCostRule.BasisOf(kinds));
        Assert.Equal(label, YearCostRule.Label(YearCostRule.BasisOf(kinds)));
    }
}
