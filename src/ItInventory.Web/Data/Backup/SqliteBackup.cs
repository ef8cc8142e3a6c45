using Microsoft.Data.Sqlite;

namespace ItInventory.Web.Data.Backup;

/// <summary>
/// Copies the running SQLite database into a new file with SQLite's online backup API. The copy is one consistent
/// snapshot even while the app writes: the backup reads inside one read transaction, which WAL mode lets writers
/// continue beside. (Copying inventory.db as a file would miss the commits still in inventory.db-wal.)
/// </summary>
public static class SqliteBackup
{
    public static BackupSummary Run(string databaseConnectionString, string target, bool overwrite)
    {
        var source = new SqliteConnectionStringBuilder(databaseConnectionString);
        if (!File.Exists(source.DataSource))
        {
            throw new BackupRefusedException($"Die Datenbank „{source.DataSource}“ aus der Einstellung {InventoryDatabase.Setting} gibt es nicht: Es gibt nichts zu sichern.");
        }

        target = Path.GetFullPath(target);
        CheckTarget(target, overwrite);
        // Written beside the target and moved into place at the end: an interrupted backup never looks like a finished one.
        var partial = $"{target}.{Guid.NewGuid():N}.unvollstaendig";
        try
        {
            using (var from = SqliteFiles.Open(source.DataSource, SqliteOpenMode.ReadWrite))
            using (var to = SqliteFiles.Open(partial, SqliteOpenMode.ReadWriteCreate))
            {
                CopyRetryingWhileBusy(from, to);
                // One self-contained file: no -wal beside it that a copy to tape could leave behind.
                SqliteFiles.Execute(to, "PRAGMA journal_mode=DELETE");
                SqliteFiles.EnsureIntact(to, target);
            }

            File.Move(partial, target, overwrite);
            return new BackupSummary(target, new FileInfo(target).Length, SqliteFiles.LastMigration(target));
        }
        catch (SqliteException ex)
        {
            throw new BackupRefusedException($"Die Sicherung nach „{target}“ ist fehlgeschlagen: {ex.Message}", ex);
        }
        catch (IOException ex)
        {
            throw new BackupRefusedException($"Die Sicherung nach „{target}“ ist fehlgeschlagen: {ex.Message}", ex);
        }
        finally
        {
            SqliteFiles.Delete(partial);
        }
    }

    private const int BusyAttempts = 50;

    /// <summary>
    /// The backup takes its snapshot in one step, which SQLite answers with "database is locked" (SQLITE_BUSY, or
    /// SQLITE_LOCKED) when a writer of the running app holds the lock at that moment (e.g. while it checkpoints the
    /// WAL). That moment passes; the step is tried again for up to about ten seconds before the backup is refused.
    /// </summary>
    private static void CopyRetryingWhileBusy(SqliteConnection from, SqliteConnection to)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                from.BackupDatabase(to);
                return;
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode is 5 or 6 && attempt < BusyAttempts)
            {
                Thread.Sleep(Math.Min(20 * attempt, 400));
            }
        }
    }

    private static void CheckTarget(string target, bool overwrite)
    {
        if (Directory.Exists(target))
        {
            throw new BackupRefusedException($"„{target}“ ist ein Ordner. Geben Sie mit --to eine Datei an, z. B. „{Path.Combine(target, "inventar-sicherung.db")}“.");
        }

        var folder = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(folder))
        {
            throw new BackupRefusedException($"Den Ordner „{folder}“ für die Sicherung gibt es nicht. Legen Sie ihn an oder wählen Sie einen anderen.");
        }

        if (File.Exists(target) && !overwrite)
        {
            throw new BackupRefusedException($"Die Datei „{target}“ gibt es schon; sie wird nicht überschrieben. Wählen Sie einen neuen Namen oder geben Sie --overwrite an.");
        }
    }
}

/// <summary>What a backup or restore wrote: the file, its size and the newest migration in it.</summary>
public sealed record BackupSummary(string File, long Bytes, string Migration);
