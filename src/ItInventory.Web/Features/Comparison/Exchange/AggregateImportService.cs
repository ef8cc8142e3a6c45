using System.Text.Json;
using ItInventory.Core.Comparison.Exchange;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Entities;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Comparison.Exchange;

/// <summary>
/// A city's import of a Vergleichsstelle's aggregate: validated against the published schema and kept as the
/// tenant's setting (one per tenant, replaced by the next import). The comparison page then shows the own position
/// against its groups. The administration decides, as it decides on taking part.
/// </summary>
public sealed class AggregateImportService(IDbContextFactory<InventoryDbContext> contextFactory, ICurrentUser currentUser)
{
    internal const string AggregateSetting = "comparison-aggregate";

    public async Task<AggregateFile> ImportAsync(UploadedFile file, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.Administer);
        var (aggregate, problem) = ComparisonFileReader.Read<AggregateFile>(ComparisonFileKind.Aggregate, file.FileName, file.Content);
        if (problem is not null)
            throw new ValidationFailedException(new Dictionary<string, string[]> { ["file"] = [problem] });

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var stored = await db.Set<StoredSetting>().SingleOrDefaultAsync(s => s.Key == AggregateSetting, cancellationToken);
        if (stored is null)
            db.Add(stored = new StoredSetting { Key = AggregateSetting });
        stored.Json = JsonSerializer.Serialize(aggregate, ComparisonJson.Options);
        await db.SaveChangesAsync(cancellationToken);
        return aggregate!;
    }

    /// <summary>The tenant's imported aggregate, or null when it has none.</summary>
    internal static async Task<AggregateFile?> LoadAsync(InventoryDbContext db, CancellationToken cancellationToken)
    {
        var json = await db.Set<StoredSetting>().AsNoTracking().Where(s => s.Key == AggregateSetting).Select(s => s.Json).SingleOrDefaultAsync(cancellationToken);
        return json is null ? null : JsonSerializer.Deserialize<AggregateFile>(json, ComparisonJson.Options);
    }
}
