using System.Text;
using ItInventory.Core.Analysis.Prices;
using ItInventory.Core.Comparison.Exchange;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Entities;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Features.Comparison.Exchange;

/// <summary>An uploaded file: its name (for messages) and its bytes.</summary>
public sealed record UploadedFile(string FileName, byte[] Content);

/// <summary>A received file as the Vergleichsstelle lists it: the sender is a random id, nothing more is known of it.</summary>
public sealed record ReceivedFileRow(string SenderId, DateOnly ExportedOn, string FileName, DateTimeOffset ReceivedAt);

/// <summary>How many files an upload stored, and how many of them replaced an older file of the same sender.</summary>
public sealed record ReceiveOutcome(int Stored, int Replaced, int SkippedOlder);

/// <summary>
/// The Vergleichsstelle (an installation with Comparison:Mode = Vergleichsstelle): receives exchange files of many
/// municipalities, keeps the newest per sender, and publishes their aggregate under the k rule. Its files are shared
/// installation data, so whoever edits the shared reference data keeps them (<see cref="Permission.EditReferenceData"/>).
/// </summary>
public sealed class ComparisonOfficeService(
    IDbContextFactory<InventoryDbContext> contextFactory, ICurrentUser currentUser, InventoryClock clock, TimeProvider time, IOptions<ComparisonOptions> options)
{
    public const string NotAnOffice = "Diese Installation ist keine Vergleichsstelle (Einstellung Comparison:Mode).";

    /// <summary>More files in one upload are a mistake, not a Land's municipalities.</summary>
    public const int MaxFilesPerUpload = 1000;

    /// <summary>
    /// Stores all files or none: each is validated against the published schema first, and one refused file refuses
    /// the upload (with one German message per refused file), so a half-read batch never changes the aggregate.
    /// </summary>
    public async Task<ReceiveOutcome> ReceiveAsync(IReadOnlyList<UploadedFile> files, CancellationToken cancellationToken = default)
    {
        await DemandAsync();
        if (files.Count is 0 or > MaxFilesPerUpload)
            throw Refused($"Bitte laden Sie zwischen 1 und {MaxFilesPerUpload} Austauschdateien hoch.");
        var read = files.Select(f => (f.FileName, Result: ComparisonFileReader.Read<ExchangeFile>(ComparisonFileKind.Exchange, f.FileName, f.Content))).ToList();
        var problems = read.Where(r => r.Result.Problem is not null).Select(r => r.Result.Problem!).ToArray();
        if (problems.Length > 0)
            throw new ValidationFailedException(new Dictionary<string, string[]> { ["files"] = problems });

        var newest = ExchangeAggregation.Newest(read.Select(r => r.Result.File!));
        var names = read.GroupBy(r => r.Result.File!).ToDictionary(g => g.Key, g => g.Last().FileName);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var senders = newest.Select(f => f.SenderId).ToList();
        var stored = await db.ReceivedExchangeFiles.Where(f => senders.Contains(f.SenderId)).ToDictionaryAsync(f => f.SenderId, cancellationToken);
        int added = 0, replaced = 0, older = 0;
        foreach (var file in newest)
        {
            var row = stored.GetValueOrDefault(file.SenderId);
            if (row is not null && row.ExportedOn > file.ExportedOn)
            {
                older++;
                continue;
            }

            if (row is null)
            {
                row = new ReceivedExchangeFile { SenderId = file.SenderId };
                db.ReceivedExchangeFiles.Add(row);
                added++;
            }
            else
            {
                replaced++;
            }

            row.ExportedOn = file.ExportedOn;
            row.FileName = StorableName(names[file]);
            row.ReceivedAt = time.GetUtcNow();
            row.Json = Encoding.UTF8.GetString(ComparisonJson.Write(file));
        }

        await db.SaveChangesAsync(cancellationToken);
        return new ReceiveOutcome(added + replaced, replaced, older);
    }

    public async Task<IReadOnlyList<ReceivedFileRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await DemandAsync();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return (await db.ReceivedExchangeFiles.AsNoTracking().Select(f => new ReceivedFileRow(f.SenderId, f.ExportedOn, f.FileName, f.ReceivedAt)).ToListAsync(cancellationToken))
            .OrderByDescending(f => f.ReceivedAt).ThenBy(f => f.SenderId, StringComparer.Ordinal).ToList();
    }

    /// <summary>The aggregate of all stored files for the last complete fiscal year (or the year asked for).</summary>
    public async Task<AggregateFile> AggregateAsync(int? year = null, CancellationToken cancellationToken = default)
    {
        await DemandAsync();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var files = (await db.ReceivedExchangeFiles.AsNoTracking().Select(f => f.Json).ToListAsync(cancellationToken))
            .Select(json => System.Text.Json.JsonSerializer.Deserialize<ExchangeFile>(json, ComparisonJson.Options)!).ToList();
        var compared = year ?? clock.CurrentYear - 1;
        var index = new Core.Analysis.Prices.PriceIndex(await db.PriceIndex.AsNoTracking().ToListAsync(cancellationToken))
            .Change(compared - 1, compared, MissingIndexPolicy.UseLatestKnownChange);
        return ExchangeAggregation.Aggregate(files, compared, index, options.Value.Privacy, clock.Today);
    }

    public string AggregateFileName => $"Vergleich_Gesamtdatei_{clock.Today:yyyy-MM-dd}.json";

    private async Task DemandAsync()
    {
        await currentUser.DemandAsync(Permission.EditReferenceData);
        if (!options.Value.IsVergleichsstelle)
            throw new NotFoundException("Vergleichsstelle", 0, NotAnOffice);
    }

    private static ValidationFailedException Refused(string message) => new(new Dictionary<string, string[]> { ["files"] = [message] });

    private static string StorableName(string name)
    {
        var clean = new string(name.Where(c => !char.IsControl(c)).ToArray()).Trim();
        clean = clean.Length == 0 ? "austauschdatei.json" : clean;
        return clean.Length > ReceivedExchangeFile.FileNameLength ? clean[..ReceivedExchangeFile.FileNameLength] : clean;
    }
}
