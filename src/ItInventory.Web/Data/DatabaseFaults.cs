using ItInventory.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ItInventory.Web.Data;

/// <summary>
/// Turns what SQLite or PostgreSQL report while the database is opened and migrated into a German message that names
/// the setting, the database and the cause: the operator's first clue, so it must not be a stack trace in English.
/// </summary>
public static class DatabaseFaults
{
    /// <summary>The explained fault, or null when no database error is behind the exception.</summary>
    public static StartupFaultException? Explain(Exception exception, InventoryDatabase database)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            var cause = current switch
            {
                SqliteException sqlite => SqliteCause(sqlite),
                PostgresException postgres => PostgresCause(postgres),
                NpgsqlException npgsql => $"ist nicht erreichbar ({npgsql.InnerException?.Message ?? npgsql.Message})",
                _ => null,
            };
            if (cause is not null)
            {
                return new StartupFaultException($"{Describe(database)} aus der Einstellung {InventoryDatabase.Setting} {cause}.", exception);
            }
        }

        return null;
    }

    private static string Describe(InventoryDatabase database)
    {
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            // Host, port and database only: the connection string carries the password.
            var builder = new NpgsqlConnectionStringBuilder(database.ConnectionString);
            return $"Der PostgreSQL-Server {builder.Host}:{builder.Port} (Datenbank „{builder.Database}“)";
        }

        return $"Die Datenbank „{new SqliteConnectionStringBuilder(database.ConnectionString).DataSource}“";
    }

    // Primary result codes, https://sqlite.org/rescode.html
    private static string SqliteCause(SqliteException exception) => exception.SqliteErrorCode switch
    {
        3 or 23 => "verweigert den Zugriff",
        5 or 6 => "ist von einem anderen Programm gesperrt",
        8 => "ist schreibgeschützt: Die App darf die Datei oder ihren Ordner nicht beschreiben",
        10 => $"meldet einen Ein-/Ausgabefehler des Datenträgers ({exception.Message})",
        11 => "ist beschädigt",
        13 => "kann nicht wachsen: Der Datenträger ist voll",
        14 => "lässt sich nicht öffnen oder anlegen",
        26 => "ist keine SQLite-Datenbank",
        _ => $"meldet einen Fehler: {exception.Message}",
    };

    private static string PostgresCause(PostgresException exception) => exception.SqlState switch
    {
        "28P01" or "28000" => "nimmt Benutzername oder Passwort nicht an",
        "3D000" => "kennt die Datenbank nicht",
        "42501" => "verweigert dem Benutzer die nötigen Rechte",
        "53100" => "kann nicht schreiben: Sein Datenträger ist voll",
        "25006" => "ist nur lesbar",
        "57P03" => "nimmt gerade keine Verbindungen an (er startet oder fährt herunter)",
        _ => $"meldet einen Fehler: {exception.SqlState} {exception.MessageText}",
    };
}
