using ItInventory.Core.Domain;
using ItInventory.Web.Features.Costs;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Costs;

public partial class CostLineServiceTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateSampleCityAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    /// <summary>Procurement may maintain costs (but not products).</summary>
    private CostLineService Service => new(_db.Factory, FixedCurrentUser.WithRoles("b.beschaffer", Roles.Beschaffung));

    private async Task<(int ProductId, int ContractId)> ProductWithContractAsync()
    {
        await using var context = _db.CreateContext();
        var product = await context.Products.Where(p => p.Contracts.Any(c => c.VendorId == p.VendorId)).OrderBy(p => p.Id).FirstAsync();
        var contract = await context.Contracts.Where(c => c.VendorId == product.VendorId && c.Products.Any(p => p.Id == product.Id)).OrderBy(c => c.Id).FirstAsync();
        return (product.Id, contract.Id);
    }

    private async Task<CostLineInput> ValidInputAsync()
    {
        var (productId, contractId) = await ProductWithContractAsync();
        return new CostLineInput
        {
            ProductId = productId, ContractId = contractId, FiscalYear = 2026, CostType = CostType.Support, Kind = CostKind.Actual,
            Amount = 1234.56m, Quantity = 3, InvoiceReference = "RE-2026-77",
        };
    }

    private async Task<IReadOnlyDictionary<string, string[]>> ErrorsOfCreateAsync(Action<CostLineInput> breakIt)
    {
        var input = await ValidInputAsync();
        breakIt(input);
        await using var context = _db.CreateContext();
        var before = await context.CostLines.CountAsync();
        var failure = await Assert.ThrowsAsync<ValidationFailedException>(() => Service.CreateAsync(input));
        Assert.Equal(before, await context.CostLines.CountAsync());
        return failure.Errors;
    }

    /// <summary>
    /// A credit note books a negative line, which the form's rule (no negative amounts) would refuse on any edit: lines
    /// from an e-invoice change only by Storno in the inbox, and are never offered for replacement.
    /// </summary>
    [Fact]
    public async Task A_line_booked_from_an_e_invoice_is_neither_edited_deleted_nor_replaced_by_hand()
    {
        var (productId, contractId) = await ProductWithContractAsync();
        int lineId;
        Guid version;
        await using (var context = _db.CreateContext())
        {
            var invoice = new ReceivedInvoice
            {
                FileName = "gutschrift.xml", Sha256 = Guid.NewGuid().ToString("N"), ReceivedAtUtc = DateTime.UtcNow, RetainUntil = new DateOnly(2036, 12, 31),
                Number = "GS-2026-4", IssueDate = new DateOnly(2026, 10, 1), SellerName = "Beispiel GmbH", Net = -100m, Gross = -119m, Vat = -19m,
                Payable = -119m, PaymentYear = 2026, Status = ReceivedInvoiceStatus.Booked,
            };
            context.ReceivedInvoices.Add(invoice);
            await context.SaveChangesAsync();
            var line = new CostLine
            {
                ProductId = productId, ContractId = contractId, FiscalYear = 2026, CostType = CostType.Support, Kind = CostKind.Actual,
                Amount = -119m, InvoiceReference = "GS-2026-4", ReceivedInvoiceId = invoice.Id,
            };
            context.CostLines.Add(line);
            await context.SaveChangesAsync();
            (lineId, version) = (line.Id, line.Version);
        }

        var input = await ValidInputAsync();
        input.Version = version;
        var edit = await Assert.ThrowsAsync<ValidationFailedException>(() => Service.UpdateAsync(lineId, input));
        var delete = await Assert.ThrowsAsync<ValidationFailedException>(() => Service.DeleteAsync(lineId, version));
        var impact = await Service.ImpactAsync(input, null, null);

        Assert.Contains("aus der E-Rechnung GS-2026-4 gebucht", Assert.Single(edit.Errors[""]));
        Assert.Contains("im Rechnungseingang stornieren", Assert.Single(delete.Errors[""]));
        Assert.DoesNotContain(impact!.SameKind, l => l.Id == lineId);
        await using var check = _db.CreateContext();
        Assert.Equal(-119m, (await check.CostLines.SingleAsync(c => c.Id == lineId)).Amount);
    }

    [Fact]
    public async Task A_valid_cost_line_is_saved_to_the_cent()
    {
        var id = await Service.CreateAsync(await ValidInputAsync());

        await using var context = _db.CreateContext();
        var line = await context.CostLines.SingleAsync(c => c.Id == id);
        Assert.Equal(1234.56m, line.Amount);
        Assert.Equal(CostKind.Actual, line.Kind);
        Assert.Equal("RE-2026-77", line.InvoiceReference);
    }

    [Theory]
    [InlineData(-0.01, "Der Betrag darf nicht negativ sein.")]
    [InlineData(10.005, "Der Betrag darf höchstens zwei Nachkommastellen (Cent) haben.")]
    public async Task Amounts_are_not_negative_and_in_whole_cents(double amount, string message)
    {
        var errors = await ErrorsOfCreateAsync(input => input.Amount = (decimal)amount);

        Assert.Equal(message, Assert.Single(errors[nameof(CostLineInput.Amount)]));
    }

    [Fact]
    public async Task An_amount_is_required()
    {
        var errors = await ErrorsOfCreateAsync(input => input.Amount = null);

        Assert.Equal("Bitte geben Sie den Betrag an.", Assert.Single(errors[nameof(CostLineInput.Amount)]));
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    public async Task The_fiscal_year_lies_between_2000_and_2100(int year)
    {
        var errors = await ErrorsOfCreateAsync(input => input.FiscalYear = year);

        Assert.Equal("Das Haushaltsjahr muss zwischen 2000 und 2100 liegen.", Assert.Single(errors[nameof(CostLineInput.FiscalYear)]));
    }

    [Fact]
    public async Task A_product_is_required()
    {
        var errors = await ErrorsOfCreateAsync(input =>
        {
            input.ProductId = null;
            input.ContractId = null;
        });

        Assert.Equal("Bitte wählen Sie das Produkt.", Assert.Single(errors[nameof(CostLineInput.ProductId)]));
    }

    [Fact]
    public async Task A_contract_of_another_vendor_is_refused()
    {
        var input = await ValidInputAsync();
        await using var context = _db.CreateContext();
        var vendorId = await context.Products.Where(p => p.Id == input.ProductId).Select(p => p.VendorId).SingleAsync();
        var foreign = await context.Contracts.Where(c => c.VendorId != vendorId).OrderBy(c => c.Id).Select(c => c.ContractNumber).FirstAsync();

        var errors = await ErrorsOfCreateAsync(i => i.ContractId = context.Contracts.Single(c => c.ContractNumber == foreign).Id);

        var message = Assert.Single(errors[nameof(CostLineInput.ContractId)]);
        Assert.StartsWith($"Der Vertrag {foreign} ist mit „", message);
        Assert.Contains("das Produkt stammt aber von", message);
    }

    [Fact]
    public async Task A_contract_of_the_right_vendor_that_does_not_cover_the_product_is_refused()
    {
        await using var context = _db.CreateContext();
        var contracts = await context.Contracts.Include(c => c.Products).OrderBy(c => c.Id).ToListAsync();
        var products = await context.Products.OrderBy(p => p.Id).ToListAsync();
        var pair = contracts
            .SelectMany(c => products.Where(p => p.VendorId == c.VendorId && c.Products.All(cp => cp.Id != p.Id)), (c, p) => new { c.Id, c.ContractNumber, ProductId = p.Id, p.Name })
            .First();

        var errors = await ErrorsOfCreateAsync(input =>
        {
            input.ProductId = pair.ProductId;
            input.ContractId = pair.Id;
        });

        Assert.Equal($"Der Vertrag {pair.ContractNumber} umfasst das Produkt „{pair.Name}“ nicht.", Assert.Single(errors[nameof(CostLineInput.ContractId)]));
    }

    [Fact]
    public async Task A_negative_quantity_is_refused()
    {
        var errors = await ErrorsOfCreateAsync(input => input.Quantity = -1);

        Assert.Equal("Die Menge darf nicht negativ sein.", Assert.Single(errors[nameof(CostLineInput.Quantity)]));
    }

    [Fact]
    public async Task Two_people_editing_the_same_cost_line_do_not_silently_overwrite_each_other()
    {
        var id = await Service.CreateAsync(await ValidInputAsync());
        var first = await Service.GetForEditAsync(id);
        var second = await Service.GetForEditAsync(id);
        first.Amount = 2000m;
        await Service.UpdateAsync(id, first);
        second.Amount = 3000m;

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Service.UpdateAsync(id, second));

        Assert.Equal(2000m, Assert.IsType<CostLine>(conflict.CurrentValues).Amount);
        await using var context = _db.CreateContext();
        Assert.Equal(2000m, (await context.CostLines.SingleAsync(c => c.Id == id)).Amount);
    }

    [Fact]
    public async Task A_deleted_cost_line_is_gone_and_a_stale_delete_is_refused()
    {
        var id = await Service.CreateAsync(await ValidInputAsync());
        var loaded = await Service.GetForEditAsync(id);
        var changed = await Service.GetForEditAsync(id);
        changed.Note = "geändert";
        await Service.UpdateAsync(id, changed);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Service.DeleteAsync(id, loaded.Version));
        var current = await Service.GetForEditAsync(id);
        await Service.DeleteAsync(id, current.Version);

        await using var context = _db.CreateContext();
        Assert.False(await context.CostLines.AnyAsync(c => c.Id == id));
    }
}
