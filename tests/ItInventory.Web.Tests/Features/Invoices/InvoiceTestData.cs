using System.Text;
using ItInventory.Core.Domain;
using ItInventory.Web.Features.Invoices;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Tests.Features.Invoices;

/// <summary>
/// A sample city whose vendor of a one-product contract is known by the VAT id of the KoSIT invoice 01.01a, with rules
/// for its two line texts, so that invoice (and variants of it) is matched with certainty.
/// </summary>
public sealed class InvoiceTestData
{
    public const string VatId = "DE 999888777";
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Invoices", "Fixtures");

    public required TestDatabase Db { get; init; }
    public required int VendorId { get; init; }
    public required int ProductId { get; init; }
    public required int ContractId { get; init; }
    public required string ContractNumber { get; init; }

    public static async Task<InvoiceTestData> CreateAsync()
    {
        var db = await TestDatabase.CreateSampleCityAsync();
        await using var context = db.CreateContext();
        var contract = await context.Contracts.Include(c => c.Products)
            .Where(c => c.Products.Count == 1 && c.Products.All(p => p.VendorId == c.VendorId))
            .OrderBy(c => c.Id).FirstAsync();
        var vendor = await context.Vendors.SingleAsync(v => v.Id == contract.VendorId);
        vendor.VatId = VatId;
        var productId = contract.Products[0].Id;
        context.InvoiceAssignmentRules.AddRange(
            new InvoiceAssignmentRule { VendorId = vendor.Id, LineText = "Zeitschrift", CostType = CostType.Maintenance, ProductId = productId },
            new InvoiceAssignmentRule { VendorId = vendor.Id, LineText = "Porto", CostType = CostType.Maintenance, ProductId = productId });
        await context.SaveChangesAsync();
        return new InvoiceTestData { Db = db, VendorId = vendor.Id, ProductId = productId, ContractId = contract.Id, ContractNumber = contract.ContractNumber };
    }

    public static string Fixture(string file) => File.ReadAllText(Path.Combine(Folder, file));

    public static byte[] FixtureBytes(string file) => File.ReadAllBytes(Path.Combine(Folder, file));

    /// <summary>01.01a (UBL or CII) from this vendor, under this contract, with the given number and issue date.</summary>
    public string Invoice(string number = "123456XX", string date = "2016-04-04", bool cii = false)
    {
        var text = cii
            ? Fixture("01.01a-INVOICE_uncefact.xml")
                .Replace("<ram:ID>123456XX</ram:ID>", $"<ram:ID>{number}</ram:ID>")
                .Replace(">20160404<", $">{date.Replace("-", "")}<")
                .Replace("<ram:ID schemeID=\"VA\">DE 123456789</ram:ID>", $"<ram:ID schemeID=\"VA\">{VatId}</ram:ID>")
                .Replace("</ram:BuyerTradeParty>", $"</ram:BuyerTradeParty><ram:ContractReferencedDocument><ram:IssuerAssignedID>{ContractNumber}</ram:IssuerAssignedID></ram:ContractReferencedDocument>")
            : Fixture("01.01a-INVOICE_ubl.xml")
                .Replace("<cbc:ID>123456XX</cbc:ID>", $"<cbc:ID>{number}</cbc:ID>")
                .Replace("<cbc:IssueDate>2016-04-04</cbc:IssueDate>", $"<cbc:IssueDate>{date}</cbc:IssueDate>")
                .Replace("<cbc:CompanyID>DE 123456789</cbc:CompanyID>", $"<cbc:CompanyID>{VatId}</cbc:CompanyID>")
                .Replace("<cac:AccountingSupplierParty>", $"<cac:ContractDocumentReference><cbc:ID>{ContractNumber}</cbc:ID></cac:ContractDocumentReference><cac:AccountingSupplierParty>");
        Assert.Contains(VatId, text);
        return text;
    }

    public InvoiceIntakeService Intake(InvoiceOptions? options = null) =>
        new(Db.Factory, User, Options.Create(options ?? new InvoiceOptions()), Db.Clock, TimeProvider.System);

    public InvoiceReviewService Review() => new(Db.Factory, User, Db.Clock);

    public static FixedCurrentUser User => FixedCurrentUser.WithRoles("i.leitung", Roles.ItLeitung);

    public async Task<IntakeResult> ReceiveAsync(string name, string xml) =>
        Assert.Single(await Intake().ReceiveAsync(name, Encoding.UTF8.GetBytes(xml)));

    public async Task<(int Invoices, int CostLines)> CountsAsync()
    {
        await using var context = Db.CreateContext();
        return (await context.ReceivedInvoices.CountAsync(), await context.CostLines.CountAsync());
    }

    public async Task<List<CostLine>> CostLinesOfAsync(int invoiceId)
    {
        await using var context = Db.CreateContext();
        return await context.CostLines.Where(c => c.ReceivedInvoiceId == invoiceId).OrderBy(c => c.FiscalYear).ToListAsync();
    }

    public async Task<ReceivedInvoice> StoredAsync(int id)
    {
        await using var context = Db.CreateContext();
        return await context.ReceivedInvoices.SingleAsync(i => i.Id == id);
    }
}
