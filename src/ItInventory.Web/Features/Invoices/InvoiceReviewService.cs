using ItInventory.Core.Domain;
using ItInventory.Core.Invoices;
using ItInventory.Web.Data;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Invoices;

/// <summary>The received invoices: the list, the review ("zu prüfen") with assignment, cancellation, the original.</summary>
public sealed class InvoiceReviewService(IDbContextFactory<InventoryDbContext> contextFactory, ICurrentUser currentUser, InventoryClock clock)
{
    public const string EntityName = "Die Rechnung";

    public async Task<IReadOnlyList<InvoiceRow>> ListAsync(ReceivedInvoiceStatus? status = null, int max = 500,
        CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.ViewInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var invoices = db.ReceivedInvoices.AsNoTracking();
        if (status is { } s) invoices = invoices.Where(i => i.Status == s);
        var rows = await invoices.OrderByDescending(i => i.Id).Take(Math.Clamp(max, 1, 5000))
            .Select(i => new InvoiceRow(i.Id, i.Version, i.FileName, i.Number, i.IssueDate, i.TypeCode, i.SellerName,
                i.Vendor != null ? i.Vendor.Name : null, i.Gross, i.Status, i.Flag, i.MatchReasons, i.PaymentYear) { Prepaid = i.Prepaid })
            .ToListAsync(cancellationToken);
        return await InvoiceSettlementNotes.AddAsync(db, rows, cancellationToken);
    }

    public async Task<InvoiceOriginal> OriginalAsync(int id, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.ViewInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.ReceivedInvoices.AsNoTracking().Where(i => i.Id == id)
                   .Select(i => new InvoiceOriginal(i.FileName, i.Content, i.Sha256)).FirstOrDefaultAsync(cancellationToken)
               ?? throw new NotFoundException(EntityName, id);
    }

    /// <summary>
    /// Books an invoice of the review list to the product and cost type the user chose. Remembering makes a rule per
    /// line text, and teaches the vendor its VAT id and e-invoice address, so the next invoice of it is matched.
    /// </summary>
    public async Task AssignAsync(int id, Guid version, ReviewAssignment assignment, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditCosts);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var received = await db.ReceivedInvoices.SingleOrNotFoundAsync(id, EntityName, cancellationToken);
        if (received.Status != ReceivedInvoiceStatus.ToReview)
            throw new ValidationFailedException(new Dictionary<string, string[]> { ["Status"] = [$"Die Rechnung ist bereits {StatusLabels.Of(received.Status)}."] });
        var product = await db.Products.AsNoTracking().Where(p => p.Id == assignment.ProductId)
            .Select(p => new { p.VendorId, p.DeductibleVatPercent }).FirstOrDefaultAsync(cancellationToken);
        var vendorId = assignment.VendorId ?? product?.VendorId;
        var vendor = await db.Vendors.SingleOrDefaultAsync(v => v.Id == vendorId, cancellationToken);
        new ValidationErrors()
            .When(vendor is null, nameof(ReviewAssignment.VendorId), "Bitte wählen Sie den Lieferanten.")
            .When(product is null, nameof(ReviewAssignment.ProductId), "Bitte wählen Sie das Produkt.")
            .When(!Enum.IsDefined(assignment.CostType), nameof(ReviewAssignment.CostType), "Bitte wählen Sie die Kostenart.")
            .ThrowIfAny();

        var invoice = InvoiceLedger.Reread(received);
        var candidates = await InvoiceCandidates.LoadAsync(db, clock.Today, cancellationToken);
        var contract = candidates.Match.Contracts.FirstOrDefault(c => c.Id == received.ContractId && c.VendorId == vendor!.Id)
                       ?? candidates.Match.Contracts.SingleOrDefault(c => c.VendorId == vendor!.Id && c.Running && c.ProductIds.Contains(assignment.ProductId));
        var lineAssignment = candidates.Assignment(assignment.ProductId, assignment.CostType, contract);
        db.ExpectVersion(received, version);
        received.VendorId = vendor!.Id;
        received.ContractId = lineAssignment.ContractId;
        received.MatchReasons = InvoiceLedger.Clip(received.MatchReasons + $"\nZugeordnet von {await currentUser.GetNameAsync()}.", 4000)!;
        if (assignment.RememberRule) Remember(db, vendor, invoice, assignment);
        InvoiceLedger.Book(db, received, invoice, invoice.Lines.Select(_ => lineAssignment).ToList());
        await db.SaveOrConflictAsync<ReceivedInvoice>(EntityName, cancellationToken);
    }

    /// <summary>
    /// Storno: the invoice stays stored, marked cancelled; its cost lines go, in one audited transaction. A final invoice's
    /// lines include the reversals of the prepayments it settled, so those count again; a settled prepayment is refused.
    /// </summary>
    public async Task CancelAsync(int id, Guid version, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditCosts);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var received = await db.ReceivedInvoices.SingleOrNotFoundAsync(id, EntityName, cancellationToken);
        if (received.Status is ReceivedInvoiceStatus.Cancelled or ReceivedInvoiceStatus.Replaced)
            throw new ValidationFailedException(new Dictionary<string, string[]> { ["Status"] = [$"Die Rechnung ist bereits {StatusLabels.Of(received.Status)}."] });
        if (await PrepaymentLedger.SettledByAsync(db, id, cancellationToken) is { } final)
            throw new ValidationFailedException(new Dictionary<string, string[]> { ["Status"] = [$"Die Rechnung ist mit der Schlussrechnung {final} verrechnet; stornieren Sie zuerst die Schlussrechnung."] });
        db.ExpectVersion(received, version);
        await InvoiceLedger.RemoveCostLinesAsync(db, id, cancellationToken);
        await PrepaymentLedger.ReleaseAsync(db, id, cancellationToken);
        received.Status = ReceivedInvoiceStatus.Cancelled;
        await db.SaveOrConflictAsync<ReceivedInvoice>(EntityName, cancellationToken);
    }

    private static void Remember(InventoryDbContext db, Vendor vendor, EInvoice invoice, ReviewAssignment assignment)
    {
        vendor.VatId ??= InvoiceLedger.Clip(invoice.Seller.VatId, 50);
        vendor.InvoiceAddress ??= InvoiceLedger.Clip(invoice.Seller.ElectronicAddress, 200);
        foreach (var text in invoice.Lines.Select(l => InvoiceLedger.Clip(l.Name.Trim(), 200)!).Distinct())
            db.InvoiceAssignmentRules.Add(new InvoiceAssignmentRule
            {
                VendorId = vendor.Id, LineText = text, CostType = assignment.CostType, ProductId = assignment.ProductId,
            });
    }
}
