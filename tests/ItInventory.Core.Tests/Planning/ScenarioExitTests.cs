using ItInventory.Core.Domain;
using ItInventory.Core.Planning;
using static ItInventory.Core.Tests.Analysis.Prices.Lines;
using static ItInventory.Core.Tests.Planning.ProjectionCase;

namespace ItInventory.Core.Tests.Planning;

public class ScenarioExitTests
{
    /// <summary>Maintenance 1.000 € a year, flat; each case: the exit, then the product's total per year 2026-2030.</summary>
    public static TheoryData<string, DateOnly, decimal, decimal, decimal[]> Cases => new()
    {
        { "exit at the end of 2027: the alternative (800 € a year) from 2028 with its switching cost (5.000 €) in 2028",
            new(2027, 12, 31), 800m, 5000m, [1000m, 1000m, 5800m, 800m, 800m] },
        { "exit 30.06.2028 (leap year: 182 of 366 days): both pro rata in 2028, the switching cost in 2028",
            new(2028, 6, 30), 800m, 0m, [1000m, 1000m, 497.27m + 402.19m, 800m, 800m] },
        { "exit inside the running year: the running year stays as booked, the alternative from the budget year",
            new(2026, 6, 30), 1200m, 0m, [1000m, 1200m, 1200m, 1200m, 1200m] },
        { "exit after the horizon: nothing changes",
            new(2031, 12, 31), 800m, 5000m, [1000m, 1000m, 1000m, 1000m, 1000m] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_product_stops_at_its_exit_and_the_alternative_starts_after_it(string because, DateOnly exitDate, decimal alternative, decimal switching, decimal[] expected)
    {
        var projection = new ProjectionCase([Renewing(PriceAdjustmentKind.None)], [Actual(2026, 1000m)]).Project();

        var scenario = ScenarioExit.Apply(projection, new ExitChoice(1, exitDate, alternative, switching));

        var totals = scenario.Totals.Select(t => t.Amount).ToArray();
        Assert.True(expected.SequenceEqual(totals), $"{because}: {string.Join(" | ", totals)}");
        Assert.All(scenario.Totals.Skip(1).Zip(scenario.Totals), pair =>
            Assert.Equal(pair.First.Amount - pair.Second.Amount, pair.First.IndexDriven + pair.First.AboveIndex + pair.First.ScopeChange));
    }

    [Fact]
    public void Each_changed_figure_says_it_comes_from_the_scenario()
    {
        var projection = new ProjectionCase([Renewing(PriceAdjustmentKind.None)], [Actual(2026, 1000m)]).Project();

        var scenario = ScenarioExit.Apply(projection, new ExitChoice(1, new DateOnly(2027, 12, 31), 800m, 5000m));

        var own = scenario.Rows.Single(r => r.CostType == CostType.Maintenance);
        var alternative = scenario.Rows.Single(r => r.CostType == CostType.Subscription);
        Assert.Equal("Szenario: gekündigt zum 31.12.2027", own.In(2028).Explanation);
        Assert.Contains($"Alternative mit laufenden Kosten {ItInventory.Core.Formatting.Formats.Euro(800m)} je Jahr", alternative.In(2028).Explanation);
        Assert.Contains($"Wechselkosten {ItInventory.Core.Formatting.Formats.Euro(5000m)}", alternative.In(2028).Explanation);
    }
}
