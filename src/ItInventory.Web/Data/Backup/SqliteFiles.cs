using Microsoft.Data.Sqlite;

namespace ItInventory.Web.Data.Backup;

/// <summary>Small operations on SQLite files that backup, restore and the start-up clean-up share.</summary>
public static class SqliteFiles
{
    public const string MigrationsTable = "__EFMigrationsHistory";

    /// <summary>Unpooled, so the file is really closed (and movable, deletable) when the connection is disposed.</summary>
    public static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The tables of the schema, without SQLite's own.</summary>
    public static IReadOnlyList<string> Tables(SqliteConnection connection) =>
        Strings(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");

    /// <summary>The applied migrations in order, or null when the file has no migrations table (not an ItInventory database).</summary>
    public static IReadOnlyList<string>? Migrations(SqliteConnection connection) =>
        Tables(connection).Contains(MigrationsTable)
            ? Strings(connection, $"SELECT MigrationId FROM \"{MigrationsTable}\" ORDER BY MigrationId")
            : null;

    public static string LastMigration(string path)
    {
        using var connection = Open(path, SqliteOpenMode.ReadOnly);
        return Migrations(connection)?.LastOrDefault() ?? "";
    }

    public static void EnsureIntact(SqliteConnection connection, string shownAs)
    {
        var result = Strings(connection, "PRAGMA quick_check");
        if (result is not ["ok"])
        {
            throw new BackupRefusedException($"„{shownAs}“ ist beschädigt (SQLite-Prüfung: {string.Join("; ", result.Take(3))}).");
        }
    }

    /// <summary>Removes a database file with its journal files; what cannot be removed is reported, not thrown.</summary>
    public static void Delete(string path)
    {
        // A pooled connection elsewhere in the process would keep the file open.
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
        {
            try
            {
                File.Delete(file);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"Die halb geschriebene Datei „{file}“ ließ sich nicht entfernen: {ex.Message}");
            }
        }
    }

    private static List<string> Strings(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var result = new List<string>();
        while (reader.Read())
        {
            result.Add(reader.GetString(0));
        }

        return result;
    }
}
