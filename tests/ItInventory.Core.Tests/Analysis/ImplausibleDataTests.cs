using ItInventory.Core.Analysis;
using ItInventory.Core.Domain;

namespace ItInventory.Core.Tests.Analysis;

/// <summary>One record the rules cannot evaluate yields one finding for that record; every other finding stays.</summary>
public class ImplausibleDataTests
{
    private static readonly DateOnly AsOf = new(2024, 8, 1);

    private static string Key(Finding f) => $"{f.Kind}|{f.Subject.Kind}:{f.Subject.Id}|{f.Severity}|{f.Year}|{f.Explanation}";

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("0001-01-01")]
    [InlineData("1969-12-31")]
    [InlineData("2101-01-01")]
    public void A_contract_with_an_implausible_start_yields_one_finding_and_changes_nothing_else(string start)
    {
        var clean = new FindingsEngine().Findings(new SampleInventory().ByNavigation(), AsOf);
        var inventory = new SampleInventory();
        var snapshot = inventory.ByNavigation();
        var poisoned = new Contract
        {
            Id = 99, ContractNumber = "V-99", Title = "Gift", VendorId = 1, Start = DateOnly.Parse(start),
            TermKind = ContractTermKind.OpenEnded, MinimumTermMonths = 12, NoticePeriodMonths = 3, NoticeReference = NoticeReference.EndOfYear,
            PriceAdjustment = PriceAdjustmentKind.Unilateral,
        };
        inventory.Meldewesen.Contracts.Add(poisoned);

        var findings = new FindingsEngine().Findings(snapshot, AsOf);

        var implausible = Assert.Single(findings, f => f.Kind == FindingKind.DataImplausible);
        Assert.Equal((SubjectKind.Contract, 99, "Daten unplausibel: V-99 Gift"), (implausible.Subject.Kind, implausible.Subject.Id, implausible.Title));
        Assert.Contains("Vertragsbeginn", implausible.Explanation);
        Assert.Equal(clean.Select(Key), findings.Where(f => f != implausible).Select(Key));
    }
}
