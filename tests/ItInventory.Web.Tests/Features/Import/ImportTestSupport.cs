using ItInventory.Web.Features.Import;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using ItInventory.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Tests.Features.Import;

internal static class ImportTestSupport
{
    public static ImportService Service(TestDatabase db, ImportOptions? options = null, string role = Roles.Administrator)
    {
        var importOptions = Options.Create(options ?? new ImportOptions());
        return new ImportService(
            db.Factory,
            importOptions,
            db.Clock,
            FixedCurrentUser.WithRoles("test.admin", role),
            new ImportReportStore(new MemoryCache(new MemoryCacheOptions()), importOptions),
            TimeProvider.System,
            NullLogger<ImportService>.Instance);
    }

    public static async Task<ImportSession> OpenAsync(this ImportService service, byte[] content, string fileName = "inventar.xlsx") =>
        await service.OpenAsync(new MemoryStream(content), fileName, content.Length);

    /// <summary>Row counts of every table, to prove that a failed import changed nothing.</summary>
    public static async Task<Dictionary<string, long>> TableCountsAsync(TestDatabase db)
    {
        await using var context = db.CreateContext();
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = db.Provider == DatabaseProvider.Sqlite
                ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
                : "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            counts[table] = Convert.ToInt64(await count.ExecuteScalarAsync());
        }

        return counts;
    }

    /// <summary>Reports on the calling thread, so a test can react (e.g. cancel) at an exact point.</summary>
    public sealed class SyncProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
