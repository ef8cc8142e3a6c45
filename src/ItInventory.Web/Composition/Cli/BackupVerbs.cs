using System.CommandLine;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Backup;
using ItInventory.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static ItInventory.Web.Composition.Cli.VerbOptions;

namespace ItInventory.Web.Composition.Cli;

/// <summary>
/// <c>backup --to FILE [--overwrite]</c> and <c>restore --from FILE</c>. Both take the database as it is, before the
/// start-up migrates or seeds it: a backup from before a migration, a restore into an empty file.
/// </summary>
internal static class BackupVerbs
{
    public static Command Backup(VerbHost host)
    {
        var to = Text("--to", "DATEI", "Zieldatei der Sicherung; der Ordner muss existieren.", required: true);
        var overwrite = Flag("--overwrite", "Überschreibt eine vorhandene Datei (sonst wird abgelehnt).");
        var command = new Command("backup", "Sichert die SQLite-Datenbank, auch während die App läuft (Online-Backup von SQLite).") { to, overwrite };
        command.SetAction(parsed => RunAsync(host, "Gesichert nach",
            database => SqliteBackup.Run(database.ConnectionString, parsed.GetRequiredValue(to), parsed.GetValue(overwrite))));
        return command;
    }

    public static Command Restore(VerbHost host)
    {
        var from = Text("--from", "DATEI", "Sicherung, die zurückgespielt wird.", required: true);
        var command = new Command("restore", "Spielt eine Sicherung in die eingestellte SQLite-Datenbank zurück; nur in eine leere.") { from };
        command.SetAction(parsed => RunAsync(host, "Zurückgespielt nach",
            database => SqliteRestore.Run(database.ConnectionString, parsed.GetRequiredValue(from), KnownMigrations(database))));
        return command;
    }

    private static async Task<int> RunAsync(VerbHost host, string done, Func<InventoryDatabase, BackupSummary> work)
    {
        var services = host.DatabaseAsIs;
        var database = services.GetRequiredService<InventoryDatabase>();
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            // The backup API is SQLite's; PostgreSQL's own tools take a consistent dump and know its row-level security.
            Console.Error.WriteLine("Auf PostgreSQL sichern die Werkzeuge des Datenbankservers, als Superuser: „pg_dump --format=custom --file=DATEI DATENBANK“, "
                + "zurück in eine leere Datenbank mit „pg_restore --no-owner --role=APP-ROLLE --dbname=DATENBANK DATEI“ (siehe README, Abschnitt „Backup and restore“).");
            return 1;
        }

        var summary = default(BackupSummary);
        try
        {
            await StartupGuard.OnDatabaseAsync(services, () =>
            {
                summary = work(database);
                return Task.CompletedTask;
            });
        }
        catch (BackupRefusedException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 1;
        }

        Console.WriteLine($"{done} „{summary!.File}“: {summary.Bytes:N0} Bytes, Schemastand {summary.Migration}.");
        return 0;
    }

    private static HashSet<string> KnownMigrations(InventoryDatabase database)
    {
        using var db = DataServiceCollectionExtensions.CreateInventoryDbContext(database.Provider, database.ConnectionString);
        return db.Database.GetMigrations().ToHashSet();
    }
}
