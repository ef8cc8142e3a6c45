using ItInventory.Core.Analysis;
using ItInventory.Core.Analysis.Actions;
using ItInventory.Core.Analysis.Compliance;
using ItInventory.Core.Analysis.Concentration;
using ItInventory.Core.Analysis.Deadlines;

namespace ItInventory.Core.Tests.Analysis.Actions;

public sealed class ActionListTests
{
    private static readonly DateOnly AsOf = new(2026, 12, 6);
    private static readonly ActionListOptions Options = new();
    private static readonly Dictionary<string, ActionMarkState> NoMarks = [];

    private static ContractDeadlines Renewing(int id, int decisionInDays, ContractStatus status = ContractStatus.Running) =>
        new(id, AsOf, status, AsOf.AddYears(-1), AsOf.AddMonths(6), AsOf.AddMonths(6), AsOf.AddDays(decisionInDays + 30), AsOf.AddDays(decisionInDays));

    private static ContractDeadlines Expiring(int id, int decisionInDays) =>
        new(id, AsOf, ContractStatus.Expiring, AsOf.AddYears(-1), AsOf.AddDays(decisionInDays + 60), AsOf.AddDays(decisionInDays + 60), null, AsOf.AddDays(decisionInDays));

    private static AnalysisReport Report(IEnumerable<ContractDeadlines> deadlines, IEnumerable<Finding>? findings = null) =>
        new(AsOf, deadlines.ToList(), [], [], [], [], new InterfaceShares(0, 0, 0, 0), new ConcentrationReport([], [], []), (findings ?? []).ToList());

    private static string? Name(int id) => id == 99 ? null : $"V-{id}";

    private static Finding Money(FindingKind kind, int productId, decimal impact, Severity severity = Severity.Critical, int year = 2026) =>
        new(kind, severity, SubjectRef.Product(productId, $"Produkt {productId}"), $"{kind} {productId}", "…", impact, year);

    [Theory]
    [InlineData(-40, ActionUrgency.Overdue)]
    [InlineData(-1, ActionUrgency.Overdue)]
    [InlineData(0, ActionUrgency.Within7Days)]
    [InlineData(7, ActionUrgency.Within7Days)]
    [InlineData(8, ActionUrgency.Within30Days)]
    [InlineData(30, ActionUrgency.Within30Days)]
    [InlineData(31, ActionUrgency.Within90Days)]
    [InlineData(90, ActionUrgency.Within90Days)]
    public void A_decision_falls_into_the_bucket_of_its_days_left(int days, ActionUrgency expected)
    {
        var item = Assert.Single(ActionList.Build(Report([Renewing(1, days)]), Name, NoMarks, Options).Items);
        Assert.Equal(expected, item.Urgency);
        Assert.Equal(days < 0 ? Severity.Critical : Severity.Warning, item.Severity);
    }

    [Fact]
    public void Decisions_beyond_the_window_ended_or_terminated_contracts_and_unknown_contracts_are_not_listed()
    {
        var report = Report([Renewing(1, 91), Renewing(2, 5, ContractStatus.Terminated), Renewing(3, 5, ContractStatus.Ended), Renewing(99, 5)]);
        Assert.Empty(ActionList.Build(report, Name, NoMarks, Options).Items);
    }

    [Fact]
    public void Decisions_come_most_urgent_first_and_say_what_to_do_with_their_dates()
    {
        var items = ActionList.Build(Report([Renewing(1, 20), Expiring(2, -3), Renewing(3, 2)]), Name, NoMarks, Options).Items;
        Assert.Equal([2, 3, 1], items.Select(i => i.Subject.Id));
        Assert.Equal("Vertrag V-2: Entscheidung überfällig seit 03.12.2026", items[0].Title);
        Assert.Equal("Über Nachfolge oder ausdrückliche Verlängerung entscheiden: der Vertrag endet am 01.02.2027.", items[0].ToDo);
        Assert.StartsWith("Kündigen oder bewusst weiterlaufen lassen: die Kündigung muss bis 25.01.2027 eingehen", items[2].ToDo);
    }

    [Fact]
    public void One_increase_seen_from_several_angles_is_one_item_with_the_largest_amount()
    {
        var findings = new[]
        {
            Money(FindingKind.PriceIncrease, 1, 18_270m),
            Money(FindingKind.ClauseBreach, 1, 17_691m),
            Money(FindingKind.PriceIncrease, 2, 5_000m),
        };
        var items = ActionList.Build(Report([], findings), Name, NoMarks, Options).Items;
        Assert.Equal([18_270m, 5_000m], items.Select(i => i.ImpactEuro!.Value));
        Assert.All(items, i => Assert.Equal(ActionUrgency.Finding, i.Urgency));
    }

    [Theory]
    [InlineData(99.99, Severity.Critical, false)]
    [InlineData(100, Severity.Critical, true)]
    [InlineData(50_000, Severity.Warning, false)]
    public void A_money_finding_needs_the_severity_and_the_minimum_amount(decimal impact, Severity severity, bool listed)
    {
        var items = ActionList.Build(Report([], [Money(FindingKind.PriceIncrease, 1, impact, severity)]), Name, NoMarks, Options).Items;
        Assert.Equal(listed, items.Count == 1);
    }

    [Fact]
    public void Deadline_findings_are_not_listed_twice_beside_their_decision()
    {
        var notice = new Finding(FindingKind.NoticeDeadline, Severity.Critical, SubjectRef.Contract(1, "V-1"), "Kündigungsfrist", "…", DueDate: AsOf);
        var lockIn = new Finding(FindingKind.LockInHard, Severity.Critical, SubjectRef.Product(4, "Produkt 4"), "Lock-in", "…");
        var items = ActionList.Build(Report([Renewing(1, -2)], [notice, lockIn]), Name, NoMarks, Options).Items;
        Assert.Equal([ActionUrgency.Overdue, ActionUrgency.Finding], items.Select(i => i.Urgency));
        Assert.Equal(SubjectKind.Product, items[1].Subject.Kind);
    }

    [Theory]
    [InlineData(true, null, true)]
    [InlineData(false, "2026-12-07", true)]
    [InlineData(false, "2026-12-06", false)]
    [InlineData(false, "2026-11-30", false)]
    public void Marks_take_an_item_off_while_done_or_postponed_to_a_later_day(bool done, string? until, bool hidden)
    {
        var marks = new Dictionary<string, ActionMarkState>
        {
            [ActionList.DecisionKey(1, AsOf.AddDays(-2))] = new(done, until is null ? null : DateOnly.Parse(until)),
        };
        var result = ActionList.Build(Report([Renewing(1, -2), Renewing(2, 3)]), Name, marks, Options);
        Assert.Equal(hidden ? [2] : new[] { 1, 2 }, result.Items.Select(i => i.Subject.Id));
        Assert.Equal(hidden ? 1 : 0, result.Hidden.Count);
    }

    [Fact]
    public void A_contract_running_into_its_next_term_brings_its_next_decision_back_despite_the_old_mark()
    {
        var marks = new Dictionary<string, ActionMarkState> { [ActionList.DecisionKey(1, AsOf.AddDays(-2))] = new(true, null) };
        var nextTerm = ActionList.Build(Report([Renewing(1, 60)]), Name, marks, Options);
        Assert.Single(nextTerm.Items);
    }

    [Fact]
    public void Two_gaps_of_one_product_are_two_items_with_keys_of_their_own()
    {
        var gaps = new[] { "XÖV fehlt", "FIT-Connect fehlt" }
            .Select(t => new Finding(FindingKind.ComplianceGap, Severity.Critical, SubjectRef.Product(4, "Produkt 4"), t, "…"));
        var items = ActionList.Build(Report([], gaps), Name, NoMarks, Options).Items;
        Assert.Equal(2, items.Select(i => i.Key).Distinct().Count());
        Assert.All(items, i => Assert.True(i.Key.Length <= 120));
    }
}
