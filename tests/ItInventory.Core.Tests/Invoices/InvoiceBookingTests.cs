using System.Globalization;
using ItInventory.Core.Domain;
using ItInventory.Core.Invoices;

namespace ItInventory.Core.Tests.Invoices;

/// <summary>Cent-exact splits, the accrual split across fiscal years, gross vs. deductible VAT, and the booking plan.</summary>
public class InvoiceBookingTests
{
    private static decimal D(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);
    private static DateOnly Day(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("100", "1,1,1", "33.34,33.33,33.33")]
    [InlineData("-100", "1,1,1", "-33.34,-33.33,-33.33")]
    [InlineData("0.01", "1,1", "0.01,0")]
    [InlineData("2760", "245,31", "2450,310")]
    [InlineData("10", "0,0", "10,0")]
    [InlineData("10", "3,-1", "15,-5")]
    public void Amounts_are_split_in_whole_cents_that_add_up(string amount, string weights, string expected)
    {
        var parts = CentAllocation.Allocate(D(amount), weights.Split(',').Select(D).ToList());
        Assert.Equal(expected.Split(',').Select(D), parts);
        Assert.Equal(D(amount), parts.Sum());
    }

    [Theory]
    [InlineData("2760", "2018-05-01", "2019-01-31", "2018:2450:245,2019:310:31")]        // the KoSIT invoice spanning two years
    [InlineData("366", "2023-07-01", "2024-06-30", "2023:184:184,2024:182:182")]         // 2024 has 29 February
    [InlineData("1000", "2024-01-01", "2024-12-31", "2024:1000:366")]
    [InlineData("100", "2024-12-31", "2026-01-01", "2024:0.27:1,2025:99.46:365,2026:0.27:1")]
    public void A_period_is_split_across_fiscal_years_pro_rata_by_days(string amount, string start, string end, string expected)
    {
        var shares = FiscalYearSplit.Split(D(amount), new InvoicePeriod(Day(start), Day(end)), Day("2030-01-01"));
        Assert.Equal(expected, string.Join(",", shares.Select(s => $"{s.Year}:{s.Amount.ToString(CultureInfo.InvariantCulture)}:{s.Days}")));
    }

    [Fact]
    public void Without_a_period_the_amount_belongs_to_the_issue_year() =>
        Assert.Equal([new YearShare(2025, 12m, 0)], FiscalYearSplit.Split(12m, null, Day("2025-11-30")));

    private static EInvoice Invoice(decimal net, decimal vat, InvoicePeriod? header, params InvoiceLine[] lines) => new(
        InvoiceSyntax.Ubl, "R-1", Day("2025-12-15"), InvoiceTypeCodes.CommercialInvoice, "EUR", null, null, null, null,
        new InvoiceSeller("Beispiel GmbH", null, null), header, lines,
        new InvoiceTotals(lines.Sum(l => l.NetAmount), 0m, 0m, net, vat, net + vat, 0m, 0m, net + vat));

    private static InvoiceLine Line(decimal net, decimal? quantity = null, InvoicePeriod? period = null) =>
        new("1", "Softwarepflege", quantity, "C62", net, period);

    private static readonly InvoicePeriod Year2026 = new(Day("2026-01-01"), Day("2026-12-31"));

    [Fact]
    public void Gross_is_the_cost_and_the_invoice_number_is_the_reference()
    {
        var plan = InvoiceBooking.Plan(Invoice(1000m, 190m, Year2026, Line(1000m, 250)),
            [new LineAssignment(7, 3, CostType.Maintenance)]);

        var line = Assert.Single(plan);
        Assert.Equal(new PlannedCostLine(7, 3, 2026, CostType.Maintenance, 1190m, 250, "R-1",
            "Rechnung R-1 vom 15.12.2025"), line);
    }

    [Theory]
    [InlineData("0", "1190")]
    [InlineData("1", "1000")]
    [InlineData("0.5", "1095")]
    [InlineData("0.333", "1126.73")]
    public void A_deductible_share_books_only_the_VAT_that_cannot_be_deducted(string share, string expected)
    {
        var plan = InvoiceBooking.Plan(Invoice(1000m, 190m, Year2026, Line(1000m)),
            [new LineAssignment(7, null, CostType.Hosting, D(share))]);
        Assert.Equal(D(expected), Assert.Single(plan).Amount);
    }

    [Fact]
    public void A_line_period_wins_over_the_header_period_and_lines_of_one_year_are_one_cost_line()
    {
        var spanning = new InvoicePeriod(Day("2025-07-01"), Day("2026-06-30"));
        var invoice = Invoice(3650m, 0m, Year2026, Line(1825m, 10, spanning), Line(1825m, 5));

        var plan = InvoiceBooking.Plan(invoice,
            [new LineAssignment(7, null, CostType.Maintenance), new LineAssignment(7, null, CostType.Maintenance)]);

        Assert.Equal(
            [
                new PlannedCostLine(7, null, 2025, CostType.Maintenance, 920m, 10, "R-1", "Rechnung R-1 vom 15.12.2025"),
                new PlannedCostLine(7, null, 2026, CostType.Maintenance, 2730m, 15, "R-1", "Rechnung R-1 vom 15.12.2025"),
            ],
            plan);
        Assert.Equal(invoice.Totals.Gross, plan.Sum(l => l.Amount));
    }

    [Fact]
    public void Document_allowances_and_VAT_are_spread_over_the_lines_and_nothing_is_lost()
    {
        // Lines 100 + 200, a document allowance of 30: net 270, VAT 51.30, gross 321.30.
        var invoice = Invoice(270m, 51.3m, null, Line(100m, 1.5m), Line(200m));
        var plan = InvoiceBooking.Plan(invoice,
            [new LineAssignment(1, null, CostType.Support), new LineAssignment(2, null, CostType.Maintenance)]);

        Assert.Equal([107.10m, 214.20m], plan.Select(l => l.Amount));
        Assert.Equal([null, null], plan.Select(l => l.Quantity)); // 1,5 hours is no count of licences
        Assert.All(plan, l => Assert.Equal(2025, l.FiscalYear));
    }

    [Fact]
    public void The_KoSIT_invoice_spanning_two_years_books_the_same_lines_from_UBL_and_from_CII()
    {
        var twins = InvoiceFixtures.AllFiles().Where(f => f.EndsWith("_ubl.xml")).Select(f => f[..^"_ubl.xml".Length]).ToList();
        foreach (var name in twins)
        {
            var ubl = InvoiceFixtures.Invoice(name + "_ubl.xml");
            var cii = InvoiceFixtures.Invoice(name + "_uncefact.xml");
            var assignments = ubl.Lines.Select(_ => new LineAssignment(1, null, CostType.Other)).ToList();
            var fromUbl = InvoiceBooking.Plan(ubl, assignments);
            Assert.Equal(fromUbl, InvoiceBooking.Plan(cii, assignments));
            Assert.Equal(ubl.Totals.Gross, fromUbl.Sum(l => l.Amount));
        }
        var spanning = InvoiceFixtures.AllFiles().Select(InvoiceFixtures.Invoice)
            .First(i => i.Period == new InvoicePeriod(Day("2018-05-01"), Day("2019-01-31")));
        var years = InvoiceBooking.Plan(spanning, spanning.Lines.Select(_ => new LineAssignment(1, null, CostType.Other)).ToList());
        Assert.Equal([2018, 2019], years.Select(l => l.FiscalYear));
    }

    [Fact]
    public void A_credit_note_books_negative_actuals()
    {
        var creditNote = Invoice(-100m, -19m, null, Line(-100m, 2)) with { TypeCode = InvoiceTypeCodes.CreditNote };
        var line = Assert.Single(InvoiceBooking.Plan(creditNote, [new LineAssignment(7, null, CostType.Maintenance)]));
        Assert.Equal(-119m, line.Amount);
        Assert.Equal("Gutschrift R-1 vom 15.12.2025", line.Note);
    }

    [Fact]
    public void A_final_invoice_books_its_gross_not_what_is_left_to_pay()
    {
        var final = Invoice(1000m, 190m, null, Line(1000m)) with
        {
            TypeCode = InvoiceTypeCodes.FinalConstructionInvoice,
            Totals = new InvoiceTotals(1000m, 0m, 0m, 1000m, 190m, 1190m, 595m, 0m, 595m),
        };
        Assert.Equal(1190m, Assert.Single(InvoiceBooking.Plan(final, [new LineAssignment(7, null, CostType.Consulting)])).Amount);
    }
}
