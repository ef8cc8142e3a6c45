using ItInventory.Core.Domain;
using ItInventory.Core.Invoices;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Entities;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using static ItInventory.Core.Formatting.Formats;

namespace ItInventory.Web.Features.Invoices;

/// <summary>
/// Receives e-invoices: each file is read, checked for duplicates, matched, stored with its original bytes, and booked
/// when the match is certain, else left for review. File by file: one bad file changes nothing and stops no other.
/// </summary>
public sealed class InvoiceIntakeService(
    IDbContextFactory<InventoryDbContext> contextFactory, ICurrentUser currentUser, IOptions<InvoiceOptions> options,
    InventoryClock clock, TimeProvider time)
{
    public async Task<IReadOnlyList<IntakeResult>> ReceiveAsync(string name, byte[] content, CancellationToken cancellationToken = default) =>
        await ReceiveAsync(InvoiceUpload.Expand(name, content, options.Value), cancellationToken);

    public async Task<IReadOnlyList<IntakeResult>> ReceiveAsync(IReadOnlyList<InvoiceFile> files, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditCosts);
        InvoiceCandidates? candidates = null;
        var results = new List<IntakeResult>(files.Count);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (file.Problem is not null)
            {
                results.Add(new IntakeResult(file.Name, IntakeOutcome.Refused, file.Problem));
                continue;
            }
            var reading = InvoiceDocument.Read(file.Content, options.Value.MaxFileBytes);
            if (reading.Invoice is not { } invoice)
            {
                results.Add(new IntakeResult(file.Name, IntakeOutcome.Refused, reading.Problem!));
                continue;
            }
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            candidates ??= await InvoiceCandidates.LoadAsync(db, clock.Today, cancellationToken);
            results.Add(await ReceiveAsync(db, file, invoice, candidates, cancellationToken));
        }
        return results;
    }

    /// <summary>
    /// Keeps a delivery that left work behind (files refused or left for review, as an import's errors and rows marked
    /// for a check), so that who books invoices is told once by mail; a delivery that booked every invoice keeps nothing.
    /// </summary>
    public async Task KeepBatchAsync(IReadOnlyList<IntakeResult> results, InvoiceBatchChannel channel, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditCosts);
        if (results.Count == 0 || InvoiceBatches.From(results, channel, await currentUser.GetNameAsync(), time.GetUtcNow().UtcDateTime) is not { } batch)
        {
            return;
        }
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.InvoiceBatches.Add(batch);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<IntakeResult> ReceiveAsync(InventoryDbContext db, InvoiceFile file, EInvoice invoice,
        InvoiceCandidates candidates, CancellationToken cancellationToken)
    {
        var sha = InvoiceLedger.Sha256Of(file.Content);
        var (refusal, flag) = await new InvoiceDuplicates(db).CheckAsync(sha, invoice, cancellationToken);
        if (refusal is not null) return new IntakeResult(file.Name, IntakeOutcome.Refused, refusal);

        var match = InvoiceMatching.Match(invoice, candidates.Match);
        var received = InvoiceRecord.From(file.Name, file.Content, sha, invoice, match, time.GetUtcNow().UtcDateTime,
            options.Value.RetentionYears);
        received.Flag = flag;
        var assignments = flag is null ? candidates.AssignmentsOf(match) : null;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ReceivedInvoices.Add(received);
        await db.SaveChangesAsync(cancellationToken);
        var replaced = await InvoiceCorrections.ReplaceAsync(db, received, invoice, cancellationToken);
        if (assignments is not null) InvoiceLedger.Book(db, received, invoice, assignments);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var what = $"{InvoiceTypeCodes.Label(invoice.TypeCode)} {invoice.Number} von {invoice.Seller.Name} über {EuroCents(invoice.Totals.Gross)}";
        var note = (replaced is null ? "" : $" Ersetzt die Rechnung {replaced}.") + (flag is null ? "" : " " + flag);
        return received.Status == ReceivedInvoiceStatus.Booked
            ? new IntakeResult(file.Name, IntakeOutcome.Booked, $"{what}: gebucht.{note}", received.Id)
            : new IntakeResult(file.Name, IntakeOutcome.ToReview, $"{what}: zu prüfen.{note}", received.Id);
    }
}
