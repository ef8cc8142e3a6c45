using ItInventory.Core.Invoices;

namespace ItInventory.Core.Tests.Invoices;

/// <summary>Every KoSIT test invoice reads, its totals are the XML's, and each UBL file equals its CII twin.</summary>
public class FixtureInvoiceTests
{
    [Fact]
    public void All_66_test_invoices_are_there() => Assert.Equal(66, InvoiceFixtures.AllFiles().Count());

    [Theory]
    [MemberData(nameof(InvoiceFixtures.Files), MemberType = typeof(InvoiceFixtures))]
    public void Every_test_invoice_reads_with_the_totals_its_XML_states(string file)
    {
        var invoice = InvoiceFixtures.Invoice(file);
        var totals = invoice.Totals;

        Assert.Equal(InvoiceFixtures.StatedTotal(file, "TaxExclusiveAmount", "TaxBasisTotalAmount"), totals.Net);
        Assert.Equal(InvoiceFixtures.StatedTotal(file, "TaxInclusiveAmount", "GrandTotalAmount"), totals.Gross);
        Assert.Equal(InvoiceFixtures.StatedTotal(file, "PayableAmount", "DuePayableAmount"), totals.Payable);
        Assert.Equal(InvoiceFixtures.StatedTotal(file, "PrepaidAmount", "TotalPrepaidAmount") ?? 0m, totals.Prepaid);
        Assert.Equal(InvoiceFixtures.StatedTotal(file, "LineExtensionAmount", "LineTotalAmount"), totals.LineTotal);
        Assert.NotEmpty(invoice.Lines);
        Assert.Equal("EUR", invoice.Currency);
        Assert.False(string.IsNullOrWhiteSpace(invoice.Seller.Name));
    }

    [Theory]
    [MemberData(nameof(InvoiceFixtures.Twins), MemberType = typeof(InvoiceFixtures))]
    public void Each_UBL_invoice_and_its_CII_twin_give_the_same_model(string name)
    {
        var ubl = InvoiceFixtures.Invoice(name + "_ubl.xml");
        var cii = InvoiceFixtures.Invoice(name + "_uncefact.xml");

        Assert.Equal(InvoiceSyntax.Ubl, ubl.Syntax);
        Assert.Equal(InvoiceSyntax.Cii, cii.Syntax);
        Assert.Equal(ubl.Lines, cii.Lines);
        // The suite's twins differ in two places of their own (see the next test); everything else is equal.
        Assert.Equal(ubl with
        {
            Syntax = InvoiceSyntax.Cii, Lines = cii.Lines, OrderReference = cii.OrderReference,
            Seller = ubl.Seller with { VatId = cii.Seller.VatId },
        }, cii);
    }

    [Fact]
    public void Where_the_twins_themselves_differ_the_reader_reports_what_each_file_says()
    {
        // UBL needs an OrderReference/ID beside a SalesOrderID, so the UBL files carry the placeholder "Dummywert"
        // where the CII twin has no order reference at all.
        Assert.Equal("Dummywert", InvoiceFixtures.Invoice("01.02a-INVOICE_ubl.xml").OrderReference);
        Assert.Null(InvoiceFixtures.Invoice("01.02a-INVOICE_uncefact.xml").OrderReference);
        // 01.21a names two different VAT ids for the same seller.
        Assert.Equal("DE 123456789", InvoiceFixtures.Invoice("01.21a-INVOICE_ubl.xml").Seller.VatId);
        Assert.Equal("DE152338654", InvoiceFixtures.Invoice("01.21a-INVOICE_uncefact.xml").Seller.VatId);
    }

    [Fact]
    public void The_tricky_cases_of_the_suite_are_read_as_they_are_meant()
    {
        var all = InvoiceFixtures.AllFiles().Select(f => (File: f, Invoice: InvoiceFixtures.Invoice(f))).ToList();

        Assert.Contains(all, x => x.Invoice.TypeCode == InvoiceTypeCodes.CorrectedInvoice && x.Invoice.Preceding is not null);
        Assert.Contains(all, x => x.Invoice.TypeCode == InvoiceTypeCodes.SelfBilledInvoice);
        Assert.Contains(all, x => x.Invoice.Totals.Payable < 0m);
        Assert.Contains(all, x => x.Invoice.Totals is { Net: 0m, Gross: 0m, Payable: 0m });
        Assert.Contains(all, x => x.Invoice.Totals.Prepaid > 0m && x.Invoice.Totals.Payable != x.Invoice.Totals.Gross);
        Assert.Contains(all, x => x.Invoice.Period == new InvoicePeriod(new(2018, 5, 1), new(2019, 1, 31)));
        Assert.Contains(all, x => x.Invoice.ContractReference is not null);
        Assert.Contains(all, x => x.Invoice.OrderReference is not null);
        Assert.Contains(all, x => x.Invoice.BuyerReference == "04011000-12345-03");
        // The same number names different invoices: a number alone identifies nothing.
        Assert.Contains(all.Where(x => x.File.EndsWith("_ubl.xml")).GroupBy(x => x.Invoice.Number),
            group => group.Select(x => (x.Invoice.IssueDate, x.Invoice.Totals.Gross)).Distinct().Count() > 1);
    }
}
