using ItInventory.Core.Domain;
using ItInventory.Core.Planning;
using static ItInventory.Core.Tests.Analysis.Prices.Lines;
using static ItInventory.Core.Tests.Planning.ProjectionCase;

namespace ItInventory.Core.Tests.Planning;

public class BudgetViewsTests
{
    private static readonly CapitalisationRule ThreeYears = new(ThresholdEuro: 800m, UsefulLifeYears: 3);

    /// <summary>Each case: licence purchases (plan lines of 2026-2030), purchases before 2026, then Finanzplan and Ergebnisplan 2026-2030.</summary>
    public static TheoryData<string, CostLine[], (int Year, decimal Amount)[], decimal[], decimal[]> Cases => new()
    {
        { "an investive licence is paid once and depreciated over three years",
            [Plan(2027, 3000m, CostType.LicencePurchase)], [], [0m, 3000m, 0m, 0m, 0m], [0m, 1000m, 1000m, 1000m, 0m] },
        { "the last year of life takes the rounding rest, so the depreciation adds up to the cent",
            [Plan(2027, 1000m, CostType.LicencePurchase)], [], [0m, 1000m, 0m, 0m, 0m], [0m, 333.33m, 333.33m, 333.34m, 0m] },
        { "a small licence up to the threshold is an expense of its year",
            [Plan(2028, 800m, CostType.LicencePurchase)], [], [0m, 0m, 800m, 0m, 0m], [0m, 0m, 800m, 0m, 0m] },
        { "a purchase before the running year is still depreciated in the horizon",
            [Actual(2026, 0m, CostType.LicencePurchase)], [(2025, 1500m)], [0m, 0m, 0m, 0m, 0m], [500m, 500m, 0m, 0m, 0m] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finanzplan_pays_ergebnisplan_depreciates(string because, CostLine[] lines, (int Year, decimal Amount)[] earlier, decimal[] finanz, decimal[] ergebnis)
    {
        var finanzplan = new ProjectionCase([Renewing(PriceAdjustmentKind.None)], lines).Project();
        var ergebnisplan = BudgetViews.Ergebnisplan(finanzplan, ThreeYears, earlier.ToDictionary(e => (1, e.Year), e => e.Amount));

        Assert.True(finanz.SequenceEqual(Assert.Single(finanzplan.Rows).Figures.Select(f => f.Amount)), because);
        Assert.True(ergebnis.SequenceEqual(Assert.Single(ergebnisplan.Rows).Figures.Select(f => f.Amount)),
            $"{because}: {string.Join(" | ", ergebnisplan.Rows[0].Figures.Select(f => $"{f.Amount} {f.Explanation}"))}");
        Assert.Equal(ergebnisplan.Rows.Sum(r => r.In(2028).Amount), ergebnisplan.TotalIn(2028).Amount);
    }

    [Fact]
    public void Depreciation_is_explained()
    {
        var finanzplan = new ProjectionCase([Renewing(PriceAdjustmentKind.None)], [Plan(2027, 3000m, CostType.LicencePurchase)]).Project();

        var figure = BudgetViews.Ergebnisplan(finanzplan, ThreeYears, new Dictionary<(int, int), decimal>()).Rows[0].In(2029);

        Assert.Equal("Abschreibung des Lizenzkaufs 2027 (3.000,00 €) über 3 Jahre, Jahr 3", figure.Explanation);
    }
}
