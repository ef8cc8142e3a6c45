using ItInventory.Core.Analysis;
using ItInventory.Core.Analysis.Exit;
using ItInventory.Core.Domain;

namespace ItInventory.Core.Tests.Analysis.Exit;

public class SwitchingCostAndBreakEvenTests
{
    private static readonly SwitchingCostEstimator Estimator = new(new ExitOptions());

    private static readonly ExitInterface[] Interfaces =
    [
        new(11, "Meldebehörden", "XMeld"),
        new(12, "Kasse", null),
    ];

    private static readonly Contract WithFee = new() { Id = 1, ContractNumber = "V-1", SwitchingFee = 2_500m };

    private static Product Product(int? users = 40, decimal? migration = null) =>
        new() { Id = 1, Name = "Meldewesen", UserCount = users, EstimatedMigrationCost = migration };

    [Theory]
    // Defaults: 50 % of 60.000 € migration, 5.000 € per standard interface, 15.000 € without, 3 months parallel,
    // 40 users × 300 €, 20.000 € procurement, the contract's 2.500 € fee.
    [InlineData(40, null, 60_000, "migration=30000;interface:11=5000;interface:12=15000;parallel=15000;training=12000;procurement=20000;exitfees=2500", 99_500)]
    // The product's own migration estimate wins over the share of running cost.
    [InlineData(40, 80_000, 60_000, "migration=80000;parallel=15000", 149_500)]
    // Unknown running cost and users: those items are 0 and say why.
    [InlineData(null, null, null, "migration=0;parallel=0;training=0", 42_500)]
    public void Switching_cost_is_the_sum_of_its_items(int? users, int? migration, int? running, string expectedItems, int total)
    {
        var cost = Estimator.Estimate(Product(users, migration), running, Interfaces, [WithFee], new Dictionary<string, decimal>());

        foreach (var pair in expectedItems.Split(';').Select(p => p.Split('=')))
            Assert.Equal(decimal.Parse(pair[1]), cost.Items.Single(i => i.Key == pair[0]).Amount);
        Assert.Equal(total, cost.Total);
        Assert.Equal(6 + Interfaces.Length - 1, cost.Items.Count);
    }

    [Fact]
    public void A_figure_set_by_hand_replaces_its_default_and_keeps_the_basis()
    {
        var cost = Estimator.Estimate(Product(), 60_000m, Interfaces, [WithFee], new Dictionary<string, decimal> { ["migration"] = 50_000m });

        var migration = cost.Items.Single(i => i.Key == SwitchingCostKeys.Migration);
        Assert.Equal((30_000m, 50_000m, true), (migration.Default, migration.Amount, migration.Edited));
        Assert.Equal("von Hand gesetzt (Vorgabe 30.000 €: 50 % von 60.000 € laufende Kosten pro Jahr)", migration.Basis);
        Assert.Equal(119_500m, cost.Total);
    }

    [Theory]
    // 20.000 € saving a year from 2028 against 99.500 €: not paid back by 2031.
    [InlineData(60_000, 40_000, 99_500, "2027-12-31", 2031, null, true, "Der Wechsel amortisiert sich nicht bis 2031: nach Abzug der Wechselkosten von 99.500 € bleiben -19.500 €.")]
    // A longer horizon: paid back in 2032.
    [InlineData(60_000, 40_000, 99_500, "2027-12-31", 2033, 2032, true, null)]
    // 40.000 € saving a year: 2030.
    [InlineData(60_000, 20_000, 99_500, "2027-12-31", 2031, 2030, true, "Der Wechsel amortisiert sich 2030: die Einsparung von 40.000 € pro Jahr deckt die Wechselkosten von 99.500 €.")]
    // Exit on 30.06.2027: half a year's saving in 2027.
    [InlineData(60_000, 20_000, 99_500, "2027-06-30", 2031, 2029, true, null)]
    // A lower switching cost pays back earlier (the figure someone edits moves the year).
    [InlineData(60_000, 20_000, 39_000, "2027-12-31", 2031, 2028, true, null)]
    // The alternative costs as much or more: it never pays back.
    [InlineData(60_000, 60_000, 99_500, "2027-12-31", 2031, null, true, "Der Wechsel amortisiert sich nie: die Alternative kostet 60.000 € pro Jahr, nicht weniger als heute 60.000 €.")]
    [InlineData(60_000, 75_000, 0, "2027-12-31", 2031, null, true, null)]
    // Exit after the plan horizon.
    [InlineData(60_000, 20_000, 99_500, "2032-12-31", 2031, null, true, "Der Ausstieg liegt nach dem Finanzplanungszeitraum (bis 2031); keine Amortisation darin.")]
    // Without an alternative's cost nothing can be said.
    [InlineData(60_000, null, 99_500, "2027-12-31", 2031, null, false, "Ohne erwartete Kosten einer Alternative (Marktrecherche nötig) lässt sich keine Amortisation berechnen.")]
    [InlineData(null, 20_000, 99_500, "2027-12-31", 2031, null, false, null)]
    [InlineData(60_000, 20_000, 99_500, null, 2031, null, false, null)]
    public void Break_even_is_the_first_year_the_cumulative_saving_covers_the_switching_cost(
        int? current, int? alternative, int switching, string? exit, int lastYear, int? payback, bool known, string? verdict)
    {
        var result = BreakEvenCalculator.Calculate(current, alternative, switching, exit is null ? null : DateOnly.Parse(exit), lastYear);

        Assert.Equal((payback, known), (result.PaybackYear, result.Known));
        if (verdict is not null)
            Assert.Equal(verdict, result.Verdict);
    }
}
