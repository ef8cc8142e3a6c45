using System.Text.Json;
using ItInventory.Core.Comparison.Exchange;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Entities;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Comparison.Exchange;

/// <summary>
/// The own municipality's exchange file for a Vergleichsstelle. Whoever decides on taking part (the administration)
/// exports it, and only while the municipality takes part: it holds exactly the figures the comparison reads.
/// </summary>
public sealed class ExchangeExportService(IDbContextFactory<InventoryDbContext> contextFactory, ICurrentUser currentUser, InventoryClock clock)
{
    /// <summary>The tenant setting holding the random sender id; created on the first export, never shown elsewhere.</summary>
    internal const string SenderSetting = "comparison-sender";

    public const string NotTakingPart = "Ihre Kommune nimmt am Vergleich nicht teil; erst mit der Teilnahme kann sie eine Austauschdatei erzeugen.";

    /// <summary>What the file would hold, without creating a sender id (for the page before the download).</summary>
    public async Task<ExchangeFile> PreviewAsync(CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.Administer);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await DemandTakesPartAsync(db, cancellationToken);
        var own = await ComparisonMembersLoader.OwnAsync(db, cancellationToken);
        return ExchangeFiles.Of(own, await StoredSenderAsync(db, cancellationToken) ?? "", clock.Today);
    }

    public async Task<ExchangeFile> ExportAsync(CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.Administer);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await DemandTakesPartAsync(db, cancellationToken);
        var own = await ComparisonMembersLoader.OwnAsync(db, cancellationToken);
        return ExchangeFiles.Of(own, await SenderIdAsync(db, cancellationToken), clock.Today);
    }

    public string FileName => $"Vergleich_Austauschdatei_{clock.Today:yyyy-MM-dd}.json";

    private static async Task DemandTakesPartAsync(InventoryDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Tenants.AnyAsync(t => t.Id == db.CurrentTenantId && t.TakesPartInComparison, cancellationToken))
            throw new ValidationFailedException(new Dictionary<string, string[]> { ["participation"] = [NotTakingPart] });
    }

    private static async Task<string?> StoredSenderAsync(InventoryDbContext db, CancellationToken cancellationToken)
    {
        var stored = await db.Set<StoredSetting>().AsNoTracking().SingleOrDefaultAsync(s => s.Key == SenderSetting, cancellationToken);
        return stored is null ? null : JsonSerializer.Deserialize<string>(stored.Json);
    }

    /// <summary>
    /// Random, not derived from the tenant: the Vergleichsstelle can tell two files of one sender apart from files of
    /// two senders, and nothing more. Kept per tenant so that every later export carries the same id.
    /// </summary>
    private static async Task<string> SenderIdAsync(InventoryDbContext db, CancellationToken cancellationToken)
    {
        if (await StoredSenderAsync(db, cancellationToken) is { } existing)
            return existing;
        var created = Guid.NewGuid().ToString("N");
        db.Add(new StoredSetting { Key = SenderSetting, Json = JsonSerializer.Serialize(created) });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two first exports at once: the other one's id stands.
            db.ChangeTracker.Clear();
            return await StoredSenderAsync(db, cancellationToken) ?? throw new InvalidOperationException("Sender id missing.");
        }

        return created;
    }
}
