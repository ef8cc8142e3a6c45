using System.Text;
using ItInventory.Web.Features.Invoices;

namespace ItInventory.Web.Tests.Features.Invoices;

/// <summary>A ZUGFeRD/Factur-X PDF built here with PDFsharp: its embedded CII is read and booked, the PDF kept as the original.</summary>
public class ZugferdInvoiceTests : IAsyncLifetime
{
    private InvoiceTestData _data = null!;

    public async Task InitializeAsync() => _data = await InvoiceTestData.CreateAsync();

    public async Task DisposeAsync() => await _data.Db.DisposeAsync();

    private static byte[] Pdf(params (string Name, string Text)[] attachments)
    {
        var document = new PdfSharp.Pdf.PdfDocument();
        document.AddPage();
        foreach (var (name, text) in attachments)
            document.AddEmbeddedFile(name, new MemoryStream(Encoding.UTF8.GetBytes(text)));
        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }

    [Fact]
    public async Task The_CII_inside_a_ZUGFeRD_PDF_is_booked_and_the_PDF_is_the_stored_original()
    {
        var before = await _data.CountsAsync();
        var pdf = Pdf(("factur-x.xml", _data.Invoice("ZF-1", cii: true)));

        var result = Assert.Single(await _data.Intake().ReceiveAsync("rechnung.pdf", pdf));

        Assert.Equal(IntakeOutcome.Booked, result.Outcome);
        Assert.Equal((before.Invoices + 1, before.CostLines + 1), await _data.CountsAsync());
        Assert.Equal(336.90m, Assert.Single(await _data.CostLinesOfAsync(result.InvoiceId!.Value)).Amount);
        Assert.Equal(pdf, (await _data.StoredAsync(result.InvoiceId.Value)).Content);
    }

    [Fact]
    public async Task A_PDF_without_an_embedded_invoice_or_a_broken_one_is_refused_changing_nothing()
    {
        var before = await _data.CountsAsync();

        var plain = Assert.Single(await _data.Intake().ReceiveAsync("scan.pdf", Pdf()));
        var broken = Assert.Single(await _data.Intake().ReceiveAsync("kaputt.pdf", "%PDF-1.7 kaputt"u8.ToArray()));

        Assert.Equal("Die PDF-Datei enthält keine eingebettete E-Rechnung (ZUGFeRD/Factur-X): eine reine PDF-Rechnung kann nicht gebucht werden.", plain.Message);
        Assert.Equal(IntakeOutcome.Refused, broken.Outcome);
        Assert.Equal(before, await _data.CountsAsync());
    }
}
