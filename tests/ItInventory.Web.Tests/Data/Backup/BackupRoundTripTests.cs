using ItInventory.Web.Data.Backup;
using ItInventory.Core.Domain;
using ItInventory.Web.Data;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Data.Backup;

/// <summary>
/// A backup taken while the app writes is one consistent state of the database, and a restore brings back exactly
/// that state, every table row by row.
/// </summary>
public class BackupRoundTripTests
{
    private const string WriterPrefix = "Schreibtest ";

    [SqliteFact]
    public async Task A_backup_while_the_app_writes_restores_one_consistent_state_of_every_table()
    {
        await using var database = await TestDatabase.CreateSampleCityAsync();
        var sourcePath = SqliteTables.DataSource(database.ConnectionString);
        var before = SqliteTables.Read(sourcePath);
        var versionBefore = await VersionAsync(database.CreateContext());
        var written = 0;
        using var stop = new CancellationTokenSource();
        // Inserts through the app's data context, one transaction per vendor with its audit entry, until stopped.
        var writer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await using var db = database.CreateContext();
                db.Vendors.Add(new Vendor { Name = $"{WriterPrefix}{Volatile.Read(ref written) + 1:D5}", Country = "DE" });
                await db.SaveChangesAsync();
                Interlocked.Increment(ref written);
            }
        });

        await WaitUntilAsync(() => Volatile.Read(ref written) >= 5, writer);
        var backupFile = TestDatabase.NewPath();
        SqliteBackup.Run(database.ConnectionString, backupFile, overwrite: false);
        var writtenAtBackup = Volatile.Read(ref written);
        await WaitUntilAsync(() => Volatile.Read(ref written) >= writtenAtBackup + 5, writer);
        await stop.CancelAsync();
        await writer;

        var restoredPath = TestDatabase.NewPath();
        SqliteRestore.Run($"Data Source={restoredPath}", backupFile, KnownMigrations(database));
        var after = SqliteTables.Read(sourcePath);
        var restored = SqliteTables.Read(restoredPath);

        Assert.Equal(after.Keys.Order(), restored.Keys.Order());
        foreach (var (table, rows) in restored)
        {
            if (table == "AnalysisDataVersion")
            {
                // Updated in place, so checked below: it counts the committed writes.
                continue;
            }

            if (before[table].SequenceEqual(after[table]))
            {
                Assert.True(rows.SequenceEqual(after[table]), $"Tabelle {table} weicht nach dem Zurückspielen ab.");
            }
            else
            {
                // Tables the writer grew: the restored rows are rows of the source, none invented or changed.
                var missing = rows.Except(after[table]).ToList();
                Assert.True(missing.Count == 0, $"Tabelle {table} hat Zeilen, die die Quelle nicht hat: {string.Join("; ", missing.Take(2))}");
            }
        }

        var vendorsInBackup = await AssertOneCommittedStateAsync(restoredPath, writtenAtBackup, Volatile.Read(ref written));
        // Each write raises the analysis version after its commit, in a transaction of its own: the last may be missing.
        Assert.InRange(await VersionAsync(Restored(restoredPath)), versionBefore + vendorsInBackup - 1, versionBefore + vendorsInBackup);
    }

    private static async Task<long> VersionAsync(InventoryDbContext db)
    {
        await using (db)
        {
            return await db.AnalysisDataVersions.Select(v => v.Value).SingleAsync();
        }
    }

    /// <summary>The writer's vendors form an unbroken prefix, each with its audit entry: whole transactions, nothing torn.</summary>
    private static async Task<int> AssertOneCommittedStateAsync(string restoredPath, int writtenBeforeBackupEnded, int writtenInTotal)
    {
        await using var restored = Restored(restoredPath);
        var names = await restored.Vendors.IgnoreQueryFilters().Where(v => v.Name.StartsWith(WriterPrefix)).Select(v => v.Name).OrderBy(n => n).ToListAsync();
        Assert.InRange(names.Count, 5, writtenBeforeBackupEnded);
        Assert.True(names.Count < writtenInTotal, "Der Schreiber lief nach der Sicherung nicht weiter: die Sicherung lag nicht mitten in den Schreibvorgängen.");
        Assert.Equal(Enumerable.Range(1, names.Count).Select(i => $"{WriterPrefix}{i:D5}"), names);
        var ids = await restored.Vendors.IgnoreQueryFilters().Where(v => v.Name.StartsWith(WriterPrefix)).Select(v => v.Id.ToString()).ToListAsync();
        var audited = await restored.AuditEntries.IgnoreQueryFilters().CountAsync(e => e.EntityType == nameof(Vendor) && ids.Contains(e.EntityId!));
        Assert.Equal(names.Count, audited);
        return names.Count;
    }

    private static InventoryDbContext Restored(string path) =>
        DataServiceCollectionExtensions.CreateInventoryDbContext(Infrastructure.DatabaseProvider.Sqlite, $"Data Source={path};Pooling=False");

    private static HashSet<string> KnownMigrations(TestDatabase database)
    {
        using var db = database.CreateContext();
        return db.Database.GetMigrations().ToHashSet();
    }

    private static async Task WaitUntilAsync(Func<bool> condition, Task writer)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!condition())
        {
            if (writer.IsFaulted)
            {
                await writer;
            }

            Assert.True(DateTime.UtcNow < deadline, "Der Schreiber kam nicht voran.");
            await Task.Delay(20);
        }
    }
}
