using Microsoft.Data.Sqlite;

namespace ItInventory.Web.Data.Backup;

/// <summary>
/// Plays a backup file back into the configured SQLite database, which must be empty: a restore never mixes two
/// inventories or overwrites one. The file must be an ItInventory database of migrations this version knows; an older
/// one is brought up to date by the next start, as any database is.
/// </summary>
public static class SqliteRestore
{
    public static BackupSummary Run(string databaseConnectionString, string backupFile, IReadOnlyCollection<string> knownMigrations)
    {
        var source = Path.GetFullPath(backupFile);
        if (!File.Exists(source))
        {
            throw new BackupRefusedException($"Die Sicherungsdatei „{source}“ gibt es nicht.");
        }

        var target = new SqliteConnectionStringBuilder(databaseConnectionString).DataSource;
        if (Path.GetFullPath(target) == source)
        {
            throw new BackupRefusedException($"Die Sicherungsdatei „{source}“ ist die Datenbank selbst ({InventoryDatabase.Setting}).");
        }

        var targetExisted = File.Exists(target);
        var restored = false;
        try
        {
            using (var from = SqliteFiles.Open(source, SqliteOpenMode.ReadOnly))
            {
                CheckIsInventory(from, source, knownMigrations);
                using var to = SqliteFiles.Open(target, SqliteOpenMode.ReadWriteCreate);
                CheckIsEmpty(to, target);
                from.BackupDatabase(to);
                // As EF Core creates a new database: readers and the one writer do not block each other.
                SqliteFiles.Execute(to, "PRAGMA journal_mode=WAL");
                SqliteFiles.EnsureIntact(to, target);
            }

            restored = true;
            return new BackupSummary(target, new FileInfo(target).Length, SqliteFiles.LastMigration(target));
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 26)
        {
            throw new BackupRefusedException($"„{source}“ ist keine SQLite-Datenbank und damit keine Sicherung von ItInventory.", ex);
        }
        catch (SqliteException ex)
        {
            throw new BackupRefusedException($"Das Zurückspielen von „{source}“ nach „{target}“ ist fehlgeschlagen: {ex.Message}", ex);
        }
        finally
        {
            if (!restored && !targetExisted)
            {
                SqliteFiles.Delete(target);
            }
        }
    }

    private static void CheckIsInventory(SqliteConnection backup, string source, IReadOnlyCollection<string> knownMigrations)
    {
        SqliteFiles.EnsureIntact(backup, source);
        var migrations = SqliteFiles.Migrations(backup);
        if (migrations is null or [])
        {
            throw new BackupRefusedException($"„{source}“ ist keine Sicherung von ItInventory: Es fehlt die Tabelle {SqliteFiles.MigrationsTable} mit dem Stand des Schemas.");
        }

        if (migrations.FirstOrDefault(m => !knownMigrations.Contains(m)) is { } unknown)
        {
            throw new BackupRefusedException($"„{source}“ stammt von einer anderen oder neueren Version von ItInventory: Diese Version kennt die Migration „{unknown}“ nicht. "
                + "Spielen Sie die Sicherung mit der Version zurück, die sie geschrieben hat, oder mit einer neueren.");
        }
    }

    private static void CheckIsEmpty(SqliteConnection target, string path)
    {
        var tables = SqliteFiles.Tables(target);
        if (tables.Count > 0)
        {
            throw new BackupRefusedException($"Die Datenbank „{path}“ aus der Einstellung {InventoryDatabase.Setting} ist nicht leer ({tables.Count} Tabellen). "
                + "Zurückgespielt wird nur in eine leere Datenbank: Benennen Sie die vorhandene Datei um oder nennen Sie in der Einstellung eine neue.");
        }
    }
}
