using ItInventory.Core.Domain;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Seeding;
using ItInventory.Web.Features.Invoices;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Invoices;

/// <summary>
/// Two Abschlagsrechnungen and a Schlussrechnung naming their sum as prepaid (BT-113): counted twice until the user
/// confirms, once after, and twice again after a Storno of the final invoice; only real candidates can be settled.
/// </summary>
public class PrepaymentSettlementTests : IAsyncLifetime
{
    private const int Year = 2019;
    private InvoiceTestData _data = null!;

    public async Task InitializeAsync() => _data = await InvoiceTestData.CreateAsync();

    public async Task DisposeAsync() => await _data.Db.DisposeAsync();

    [Fact]
    public async Task A_confirmed_settlement_counts_the_final_gross_once_and_its_storno_brings_the_prepayments_back()
    {
        var baseline = await YearActualAsync();
        var first = await ReceiveAsync("AR-1", 875, new DateOnly(Year, 3, 31), 2_500m);
        var second = await ReceiveAsync("AR-2", 875, new DateOnly(Year, 6, 30), 2_500m);
        var final = await ReceiveAsync("SR-1", 877, new DateOnly(Year, 12, 31), 10_000m, prepaid: 5_950m);
        Assert.Equal(baseline + 2 * 2_975m + 11_900m, await YearActualAsync());
        var row = await RowAsync(final);
        Assert.True(row.AwaitsPrepayments);

        var service = Service();
        var view = await service.GetAsync(final);
        Assert.Equal([first, second], view.Candidates.Select(c => c.Id));
        Assert.All(view.Candidates, c => Assert.True(c.Likely, c.Reasons));
        Assert.Contains("Abschlagsrechnung (Bau) (BT-3 = 875); derselbe Lieferant; derselbe Vertrag", view.Candidates[0].Reasons);
        var before = await CountsAsync();

        var check = await service.ConfirmAsync(final, view.Version, [first, second]);

        Assert.True(check.Matches, check.Message);
        Assert.Equal((before.CostLines + 2, before.Settlements + 2), await CountsAsync());
        Assert.Equal(baseline + 11_900m, await YearActualAsync());
        row = await RowAsync(final);
        Assert.False(row.AwaitsPrepayments);
        Assert.Equal("Verrechnet die Abschlagsrechnungen AR-1 (2.975,00 €), AR-2 (2.975,00 €). Die bestätigten Abschlagsrechnungen (5.950,00 €) entsprechen den Vorauszahlungen laut BT-113 (5.950,00 €).", row.SettlementNote);
        Assert.Equal("Mit der Schlussrechnung SR-1 verrechnet: zählt nicht mehr zu den Kosten.", (await RowAsync(first)).SettlementNote);
        var again = await Assert.ThrowsAsync<ValidationFailedException>(() => service.ConfirmAsync(final, row.Version, [first]));
        Assert.Contains("bereits bestätigt", again.Errors["PrepaymentIds"][0]);
        var settled = await RowAsync(first);
        var cancelSettled = await Assert.ThrowsAsync<ValidationFailedException>(() => _data.Review().CancelAsync(first, settled.Version));
        Assert.Equal("Die Rechnung ist mit der Schlussrechnung SR-1 verrechnet; stornieren Sie zuerst die Schlussrechnung.", cancelSettled.Errors["Status"][0]);

        await _data.Review().CancelAsync(final, row.Version);

        Assert.Equal((before.CostLines - 1, before.Settlements), await CountsAsync());
        Assert.Equal(baseline + 2 * 2_975m, await YearActualAsync());
        Assert.Null((await RowAsync(first)).SettlementNote);
    }

    [Fact]
    public async Task An_unrelated_invoice_or_another_tenants_is_refused_and_nothing_is_written()
    {
        var first = await ReceiveAsync("AR-1", 875, new DateOnly(Year, 3, 31), 2_500m);
        var later = await ReceiveAsync("AR-9", 875, new DateOnly(Year, 12, 31), 100m);
        var final = await ReceiveAsync("SR-1", 877, new DateOnly(Year, 11, 30), 10_000m, prepaid: 2_975m);
        var foreign = await ForeignInvoiceAsync();
        var service = Service();
        var view = await service.GetAsync(final);
        Assert.Equal([first], view.Candidates.Select(c => c.Id));
        var before = await CountsAsync();

        foreach (var ids in new[] { new[] { first, later }, [first, foreign], [first, first], [], [final] })
        {
            var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => service.ConfirmAsync(final, view.Version, ids));
            Assert.Single(refused.Errors["PrepaymentIds"]);
        }
        await Assert.ThrowsAsync<NotFoundException>(() => service.GetAsync(foreign));
        await Assert.ThrowsAsync<NotFoundException>(() => service.ConfirmAsync(foreign, Guid.NewGuid(), [first]));
        var notFinal = await Assert.ThrowsAsync<ValidationFailedException>(() => service.ConfirmAsync(first, view.Version, [first]));
        Assert.Contains("BT-113", notFinal.Errors["PrepaymentIds"][0]);

        Assert.Equal(before, await CountsAsync());
        var partial = await service.ConfirmAsync(final, view.Version, [first]);
        Assert.True(partial.Matches);
    }

    [Fact]
    public async Task A_correction_of_a_settled_prepayment_undoes_the_settlement_so_nothing_is_taken_off_twice()
    {
        var baseline = await YearActualAsync();
        var first = await ReceiveAsync("AR-1", 875, new DateOnly(Year, 3, 31), 2_500m);
        var second = await ReceiveAsync("AR-2", 875, new DateOnly(Year, 6, 30), 2_500m);
        var final = await ReceiveAsync("SR-1", 877, new DateOnly(Year, 12, 31), 10_000m, prepaid: 5_950m);
        var service = Service();
        await service.ConfirmAsync(final, (await service.GetAsync(final)).Version, [first, second]);
        Assert.Equal(baseline + 11_900m, await YearActualAsync());
        var before = await CountsAsync();

        // AR-1 corrected to 3,000 € net (3,570 € gross) for its period, issued after the final invoice and its confirmation.
        var xml = Xml("AR-1K", 384, new DateOnly(Year + 1, 1, 15), 3_000m, periodEnd: new DateOnly(Year, 3, 31)).Replace("<cac:AccountingSupplierParty>",
            "<cac:BillingReference><cac:InvoiceDocumentReference><cbc:ID>AR-1</cbc:ID><cbc:IssueDate>2019-03-31</cbc:IssueDate></cac:InvoiceDocumentReference></cac:BillingReference><cac:AccountingSupplierParty>");
        var correction = await _data.ReceiveAsync("AR-1K.xml", xml);

        Assert.True(correction.Outcome == IntakeOutcome.Booked, correction.Message);
        Assert.Contains("Ersetzt die Rechnung AR-1 vom 31.03.2019; die Verrechnung mit der Schlussrechnung SR-1 ist aufgehoben", correction.Message);
        // The final invoice counts its gross again beside both prepayments (the corrected one and AR-2), and asks to be confirmed.
        Assert.Equal(baseline + 3_570m + 2_975m + 11_900m, await YearActualAsync());
        // AR-1's line and both reversals go, the correction's line comes; no settlement is left.
        Assert.Equal((before.CostLines - 2, 0), await CountsAsync());
        var row = await RowAsync(final);
        Assert.True(row.AwaitsPrepayments);
        Assert.Null((await RowAsync(second)).SettlementNote);
        var view = await service.GetAsync(final);
        Assert.Equal([second, correction.InvoiceId!.Value], view.Candidates.Select(c => c.Id).Order());
        Assert.Contains("als Korrektur einer Rechnung vom 31.03.2019, vor der Schlussrechnung vom 31.12.2019",
            view.Candidates.Single(c => c.Id == correction.InvoiceId).Reasons);

        var check = await service.ConfirmAsync(final, view.Version, [second, correction.InvoiceId.Value]);

        Assert.False(check.Matches, check.Message);
        Assert.Equal(baseline + 11_900m, await YearActualAsync());
    }

    private PrepaymentSettlementService Service() => new(_data.Db.Factory, InvoiceTestData.User);

    private async Task<int> ReceiveAsync(string number, int type, DateOnly issued, decimal net, decimal prepaid = 0m)
    {
        var result = await _data.ReceiveAsync($"{number}.xml", Xml(number, type, issued, net, prepaid));
        Assert.True(result.Outcome == IntakeOutcome.Booked, result.Message);
        return result.InvoiceId!.Value;
    }

    private string Xml(string number, int type, DateOnly issued, decimal net, decimal prepaid = 0m, DateOnly? periodEnd = null) =>
        System.Text.Encoding.UTF8.GetString(SampleInvoiceXml.Write(new SampleInvoice(number, issued, "Beispiel Verlag", InvoiceTestData.VatId, null,
            _data.ContractNumber, new DateOnly(Year, 1, 1), periodEnd ?? issued, [new SampleInvoiceLine($"Zeitschrift {number}", 1, net)], TypeCode: type,
            Prepaid: prepaid)));

    private async Task<InvoiceRow> RowAsync(int id) => (await _data.Review().ListAsync()).Single(r => r.Id == id);

    private async Task<decimal> YearActualAsync()
    {
        await using var db = _data.Db.CreateContext();
        return (await ItInventory.Web.Data.Queries.YearCosts.Counting(db, Year)
            .Where(c => c.ProductId == _data.ProductId && c.Kind == CostKind.Actual).Select(c => c.Amount).ToListAsync()).Sum();
    }

    private async Task<(int CostLines, int Settlements)> CountsAsync()
    {
        await using var db = _data.Db.CreateContext();
        return (await db.CostLines.CountAsync(), await db.PrepaymentSettlements.CountAsync());
    }

    /// <summary>A booked prepayment invoice of the second sample tenant, same number and dates as ours.</summary>
    private async Task<int> ForeignInvoiceAsync()
    {
        var second = await SecondTenant.AddAsync(_data.Db.Provider, _data.Db.ConnectionString);
        await using var db = _data.Db.CreateContext(second.TenantId);
        var invoice = new ReceivedInvoice
        {
            FileName = "AR-1.xml", Content = [1], Sha256 = "00", Number = "AR-1", IssueDate = new DateOnly(Year, 3, 31), TypeCode = 875,
            SellerName = "Beispiel Verlag", Gross = 2_975m, Status = ReceivedInvoiceStatus.Booked, VendorId = second.VendorId,
            Prepaid = 2_975m, MatchReasons = "",
        };
        db.ReceivedInvoices.Add(invoice);
        await db.SaveChangesAsync();
        return invoice.Id;
    }
}
