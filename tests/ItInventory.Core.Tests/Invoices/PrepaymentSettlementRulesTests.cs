using System.Globalization;
using ItInventory.Core.Invoices;

namespace ItInventory.Core.Tests.Invoices;

/// <summary>Which earlier invoices a final invoice with BT-113 may settle, and whether the confirmed sum fits.</summary>
public class PrepaymentSettlementRulesTests
{
    private static readonly SettlementInvoice Final = new(100, "SR-1", new DateOnly(2026, 6, 30), 380, VendorId: 7, ContractId: 3,
        Gross: 11_900m, Prepaid: 5_950m, Booked: true, SettledByInvoiceId: null);

    private static SettlementInvoice Earlier(int id, int type = 875, int? vendor = 7, int? contract = 3, string date = "2026-03-31",
        decimal gross = 2_975m, bool booked = true, int? settledBy = null) =>
        new(id, $"AR-{id}", DateOnly.Parse(date, CultureInfo.InvariantCulture), type, vendor, contract, gross, 0m, booked, settledBy);

    [Theory]
    [InlineData("a partial construction invoice, same vendor and contract", 875, 7, 3, "2026-03-31", 2975, true, null, "likely")]
    [InlineData("a partial invoice (326)", 326, 7, 3, "2026-03-31", 2975, true, null, "likely")]
    [InlineData("a partial final invoice (876)", 876, 7, 3, "2026-03-31", 2975, true, null, "likely")]
    [InlineData("a commercial invoice of the same contract: possible, not likely", 380, 7, 3, "2026-03-31", 2975, true, null, "possible")]
    [InlineData("a partial invoice without a known contract: possible", 875, 7, null, "2026-03-31", 2975, true, null, "possible")]
    [InlineData("another vendor", 875, 8, 3, "2026-03-31", 2975, true, null, "no")]
    [InlineData("another contract", 875, 7, 4, "2026-03-31", 2975, true, null, "no")]
    [InlineData("issued the same day", 875, 7, 3, "2026-06-30", 2975, true, null, "no")]
    [InlineData("issued later", 875, 7, 3, "2026-07-01", 2975, true, null, "no")]
    [InlineData("waiting for review, not booked", 875, 7, 3, "2026-03-31", 2975, false, null, "no")]
    [InlineData("a credit note (negative)", 381, 7, 3, "2026-03-31", -2975, true, null, "no")]
    [InlineData("settled by another final invoice", 875, 7, 3, "2026-03-31", 2975, true, 99, "no")]
    [InlineData("settled by this final invoice already", 875, 7, 3, "2026-03-31", 2975, true, 100, "likely")]
    public void Candidates_are_earlier_booked_invoices_of_the_same_vendor_and_contract(string why, int type, int? vendor, int? contract,
        string date, int gross, bool booked, int? settledBy, string expected)
    {
        var candidates = PrepaymentSettlementRules.Candidates(Final, [Earlier(1, type, vendor, contract, date, gross, booked, settledBy)]);

        var actual = candidates.Count == 0 ? "no" : candidates[0].Likely ? "likely" : "possible";
        Assert.True(expected == actual, $"{why}: expected {expected}, was {actual}");
        if (candidates.Count > 0) Assert.Contains("derselbe Lieferant", candidates[0].Reasons);
    }

    [Theory]
    [InlineData("a correction issued after the final invoice, of a prepayment issued before it", "2026-07-15", "2026-03-31", true)]
    [InlineData("a correction issued before the final invoice", "2026-05-15", "2026-03-31", true)]
    [InlineData("a correction issued after the final invoice, of an invoice issued after it too", "2026-07-15", "2026-07-01", false)]
    [InlineData("an invoice issued after the final invoice that corrects nothing", "2026-07-15", null, false)]
    public void A_correction_stands_as_issued_when_the_invoice_it_replaced_was(string why, string issued, string? replaced, bool candidate)
    {
        var correction = Earlier(1, type: 384, date: issued) with
        {
            ReplacedIssueDate = replaced is null ? null : DateOnly.Parse(replaced, CultureInfo.InvariantCulture),
        };

        var candidates = PrepaymentSettlementRules.Candidates(Final, [correction]);

        Assert.True(candidate == (candidates.Count == 1), why);
        if (candidate && correction.IssueDate > Final.IssueDate)
            Assert.Contains($"ausgestellt am 15.07.2026 als Korrektur einer Rechnung vom 31.03.2026, vor der Schlussrechnung vom 30.06.2026", candidates[0].Reasons);
    }

    [Fact]
    public void The_final_invoice_itself_and_a_final_without_vendor_or_prepaid_have_no_candidates()
    {
        Assert.Empty(PrepaymentSettlementRules.Candidates(Final, [Final with { IssueDate = new DateOnly(2026, 1, 1) }]));
        Assert.Empty(PrepaymentSettlementRules.Candidates(Final with { VendorId = null }, [Earlier(1)]));
        Assert.Empty(PrepaymentSettlementRules.Candidates(Final with { Prepaid = 0m }, [Earlier(1)]));
    }

    [Fact]
    public void Likely_candidates_come_first_then_by_issue_date_each_with_its_reasons()
    {
        var candidates = PrepaymentSettlementRules.Candidates(Final,
            [Earlier(1, type: 380, date: "2026-01-31"), Earlier(2, date: "2026-05-31"), Earlier(3, date: "2026-02-28")]);

        Assert.Equal([3, 2, 1], candidates.Select(c => c.Invoice.Id));
        Assert.Equal(["Abschlagsrechnung (Bau) (BT-3 = 875)", "derselbe Lieferant", "derselbe Vertrag",
            "ausgestellt am 28.02.2026, vor der Schlussrechnung vom 30.06.2026"], candidates[0].Reasons);
        Assert.Contains("keine Abschlagsrechnung der Art nach", candidates[2].Reasons[0]);
    }

    [Theory]
    [InlineData("5950", "2975,2975", true, "entsprechen")]
    [InlineData("5950", "2975,2974.99", true, "entsprechen")]           // a cent of rounding
    [InlineData("5950", "2975,2974.98", false, "Differenz -0,02 €")]
    [InlineData("5950", "2975", false, "ergeben 2.975,00 €")]             // allowed, but shown
    [InlineData("5950", "2975,2975,100", false, "Differenz 100,00 €")]
    public void The_confirmed_sum_is_checked_against_bt_113_within_rounding(string prepaid, string gross, bool matches, string message)
    {
        var check = PrepaymentSettlementRules.Check(decimal.Parse(prepaid, CultureInfo.InvariantCulture),
            gross.Split(',').Select(g => decimal.Parse(g, CultureInfo.InvariantCulture)));

        Assert.Equal(matches, check.Matches);
        Assert.Contains(message, check.Message);
    }

    [Theory]
    [InlineData("", "Bitte wählen Sie mindestens eine")]
    [InlineData("1,1", "mehrfach gewählt")]
    [InlineData("1,42", "Nr. 42")]                                      // unrelated, or another tenant's: not a candidate
    [InlineData("1,2", null)]
    public void Chosen_ids_must_all_be_candidates(string ids, string? refusal)
    {
        var candidates = PrepaymentSettlementRules.Candidates(Final, [Earlier(1), Earlier(2)]);
        var chosen = ids.Length == 0 ? [] : ids.Split(',').Select(int.Parse).ToList();

        var actual = PrepaymentSettlementRules.Refusal(Final, chosen, candidates);

        if (refusal is null) Assert.Null(actual);
        else Assert.Contains(refusal, actual);
    }

    [Fact]
    public void Only_a_booked_final_invoice_with_prepaid_amounts_settles_and_awaits_confirmation()
    {
        Assert.Contains("gebuchte", PrepaymentSettlementRules.Refusal(Final with { Booked = false }, [1], []));
        Assert.Contains("BT-113", PrepaymentSettlementRules.Refusal(Final with { Prepaid = 0m }, [1], []));
        Assert.True(PrepaymentSettlementRules.AwaitsConfirmation(Final, confirmed: false));
        Assert.False(PrepaymentSettlementRules.AwaitsConfirmation(Final, confirmed: true));
        Assert.False(PrepaymentSettlementRules.AwaitsConfirmation(Final with { Prepaid = 0m }, confirmed: false));
    }
}
