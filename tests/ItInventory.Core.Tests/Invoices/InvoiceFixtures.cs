using System.Xml.Linq;
using ItInventory.Core.Invoices;

namespace ItInventory.Core.Tests.Invoices;

/// <summary>The 66 KoSIT test invoices copied next to the tests, and an independent look at their totals.</summary>
internal static class InvoiceFixtures
{
    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Invoices", "Fixtures");

    public static IEnumerable<string> AllFiles() =>
        Directory.GetFiles(Folder, "*.xml").Select(Path.GetFileName).Order()!;

    public static TheoryData<string> Files() => new(AllFiles());

    public static TheoryData<string> Twins() =>
        new(AllFiles().Where(f => f.EndsWith("_ubl.xml")).Select(f => f[..^"_ubl.xml".Length]));

    public static byte[] Bytes(string file) => File.ReadAllBytes(Path.Combine(Folder, file));

    public static string Text(string file) => File.ReadAllText(Path.Combine(Folder, file));

    public static EInvoice Invoice(string file)
    {
        var reading = EInvoiceReader.Read(Bytes(file));
        Assert.True(reading.Succeeded, $"{file}: {reading.Problem}");
        return reading.Invoice!;
    }

    public static EInvoice InvoiceFromText(string xml)
    {
        var reading = EInvoiceReader.Read(System.Text.Encoding.UTF8.GetBytes(xml));
        Assert.True(reading.Succeeded, reading.Problem);
        return reading.Invoice!;
    }

    /// <summary>
    /// A total as the XML states it, found by element name alone (not by the reader's paths), so a reader that looks in
    /// the wrong place fails here.
    /// </summary>
    public static decimal? StatedTotal(string file, string ublName, string ciiName)
    {
        var root = XDocument.Load(Path.Combine(Folder, file)).Root!;
        var holder = root.Descendants().FirstOrDefault(e =>
            e.Name.LocalName is "LegalMonetaryTotal" or "SpecifiedTradeSettlementHeaderMonetarySummation");
        var total = holder?.Elements().FirstOrDefault(e => e.Name.LocalName == (file.EndsWith("_ubl.xml") ? ublName : ciiName));
        return total is null ? null : decimal.Parse(total.Value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
