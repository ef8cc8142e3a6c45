using System.Net.Http.Headers;
using System.Text;
using ItInventory.Core.Domain;
using ItInventory.Core.Domain.Tenants;
using ItInventory.Web.Data.Entities;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Api.Fuzz;

/// <summary>
/// One app on the sample city for the whole fuzz run (the copy of the database is the expensive part), a write
/// token of the IT head, who may write every resource, and the targets read from the app itself.
/// </summary>
public sealed class FuzzHost : IAsyncLifetime
{
    // The fuzz run sends hundreds of requests a minute with one token; the budget is tested in RateLimitTests.
    public InventoryAppFactory Factory { get; } = new() { Settings = new Dictionary<string, string?> { ["Api:RequestsPerMinute"] = "1000000" } };

    public HttpClient Writer { get; private set; } = null!;

    public FuzzCatalog Catalog { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Writer = await Factory.CreateTokenClientAsync("it-leitung", TokenScope.Write);
        Catalog = await FuzzCatalog.ReadAsync(Writer);
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    public async Task<HttpResponseMessage> SendAsync(FuzzRequest request)
    {
        var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Url);
        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(request.Body));
            message.Content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
        }

        if (request.Method is "PUT" or "DELETE")
        {
            message.Headers.TryAddWithoutValidation("If-Match", request.IfMatch ?? await CurrentETagAsync(request.Url));
        }

        var response = await Writer.SendAsync(message);
        if (response.IsSuccessStatusCode && response.Headers.ETag is { } changed)
        {
            _etags[request.Url] = changed.Tag;
        }

        return response;
    }

    // Only the fuzz run writes, and each of its changes answers with the new ETag: reading a product (with its
    // findings) before every PUT doubled the run's time.
    private readonly Dictionary<string, string> _etags = [];

    /// <summary>The record's current ETag, so a PUT gets past the version check to the value under test.</summary>
    private async Task<string> CurrentETagAsync(string url)
    {
        if (!_etags.TryGetValue(url, out var etag))
        {
            using var read = await Writer.GetAsync(url);
            etag = _etags[url] = read.Headers.ETag?.Tag ?? "\"keiner\"";
        }

        return etag;
    }

    /// <summary>
    /// Everything a write could touch, cheaply: per table the row count and an order-independent sum over the
    /// versions (every change gives a record a new version), and apart from it the audit trail's length (a report
    /// download is audited, so a read may add to it).
    /// </summary>
    public async Task<(string Data, int Audit)> FingerprintAsync()
    {
        await using var db = Factory.Database.CreateContext(Tenant.FirstId);
        var parts = new List<string>
        {
            await Versions(db.Departments), await Versions(db.Vendors), await Versions(db.Standards), await Versions(db.Categories),
            await Versions(db.Products), await Versions(db.ProductStandards), await Versions(db.Contracts), await Versions(db.CostLines),
            await Versions(db.Interfaces), await Versions(db.PriceIndex),
            $"ProductDepartments {await db.ProductDepartments.CountAsync()}",
        };
        return (string.Join("; ", parts), await db.AuditEntries.IgnoreQueryFilters().CountAsync());
    }

    private static async Task<string> Versions<T>(IQueryable<T> set) where T : class, IVersioned
    {
        var versions = await set.Select(e => e.Version).ToListAsync();
        return $"{typeof(T).Name} {versions.Count}/{versions.Aggregate(0L, (sum, v) => sum + v.GetHashCode())}";
    }
}
