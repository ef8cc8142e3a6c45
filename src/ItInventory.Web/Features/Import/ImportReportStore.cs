using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Features.Import;

/// <summary>A finished report, downloadable only by the user who ran the import.</summary>
public sealed record StoredReport(byte[] Content, string FileName, string Owner);

/// <summary>
/// Keeps import reports in memory for a short time so the result page can offer a plain download link
/// (GET /import/bericht/{id}); the ids are random, and a report is handed only to its owner. The .xlsx is built
/// on the first download, so writing it never slows the import itself.
/// </summary>
public sealed class ImportReportStore(IMemoryCache cache, IOptions<ImportOptions> options)
{
    public Guid Add(byte[] content, string fileName, string owner) => Add(() => content, fileName, owner);

    public Guid Add(Func<byte[]> build, string fileName, string owner)
    {
        var id = Guid.NewGuid();
        cache.Set(Key(id), new PendingReport(new Lazy<byte[]>(build), fileName, owner), new MemoryCacheEntryOptions
        {
            AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(Math.Max(1, options.Value.ReportMinutes)),
        });
        return id;
    }

    public StoredReport? Get(Guid id, string owner) =>
        cache.TryGetValue(Key(id), out PendingReport? report) && report is not null && report.Owner == owner
            ? new StoredReport(report.Content.Value, report.FileName, report.Owner)
            : null;

    private static string Key(Guid id) => $"import-report:{id:N}";

    private sealed record PendingReport(Lazy<byte[]> Content, string FileName, string Owner);
}
