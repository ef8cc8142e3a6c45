using ItInventory.Web.Data;
using ItInventory.Web.Data.Backup;
using ItInventory.Web.Data.Entities;
using ItInventory.Web.Data.Generation;
using ItInventory.Web.Features.Accounts;
using ItInventory.Web.Features.Api.Tokens;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Editing;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Composition;

/// <summary>
/// Administrative verbs run instead of the web server, e.g.
/// <c>dotnet run --project src/ItInventory.Web -- user create --name anna --role Administrator</c>.
/// </summary>
public static class CommandLine
{
    public static async Task<bool> TryRunAsync(string[] args, IServiceProvider rootServices)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            return false;
        }

        await using var scope = rootServices.CreateAsyncScope();
        var exitCode = (args[0], args.ElementAtOrDefault(1)) switch
        {
            ("user", "create") => await CreateUserAsync(scope.ServiceProvider, Options(args.Skip(2))),
            ("token", "create") => await CreateTokenAsync(scope.ServiceProvider, Options(args.Skip(2))),
            ("generate", _) => await GenerateCommand.RunAsync(scope.ServiceProvider, Options(args.Skip(1))),
            _ => Usage(),
        };
        Environment.ExitCode = exitCode;
        return true;
    }

    private const string BackupUsage = "backup --to DATEI [--overwrite]; restore --from DATEI";

    /// <summary>
    /// Backup and restore, which take the database as it is, before the start-up migrates or seeds it. Null when the
    /// arguments name another verb (or none).
    /// </summary>
    public static async Task<int?> TryRunOnDatabaseAsIsAsync(string[] args, IServiceProvider rootServices)
    {
        var verb = args.ElementAtOrDefault(0);
        if (verb is not ("backup" or "restore"))
        {
            return null;
        }

        var options = Options(args.Skip(1));
        var database = rootServices.GetRequiredService<InventoryDatabase>();
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            // The backup API is SQLite's; PostgreSQL's own tools take a consistent dump and know its row-level security.
            Console.Error.WriteLine("Auf PostgreSQL sichern die Werkzeuge des Datenbankservers, als Superuser: „pg_dump --format=custom --file=DATEI DATENBANK“, "
                + "zurück in eine leere Datenbank mit „pg_restore --no-owner --role=APP-ROLLE --dbname=DATENBANK DATEI“ (siehe README, Abschnitt „Backup and restore“).");
            return 1;
        }

        string? file;
        var valid = verb == "backup"
            ? options.TryGetValue("to", out file) && options.Keys.All(k => k is "to" or "overwrite")
            : options.TryGetValue("from", out file) && options.Keys.All(k => k == "from");
        if (!valid || string.IsNullOrWhiteSpace(file))
        {
            Console.Error.WriteLine($"Aufruf: {BackupUsage}");
            return 2;
        }

        var summary = default(BackupSummary);
        try
        {
            await StartupGuard.OnDatabaseAsync(rootServices, () =>
            {
                summary = verb == "backup"
                    ? SqliteBackup.Run(database.ConnectionString, file, overwrite: options.ContainsKey("overwrite"))
                    : SqliteRestore.Run(database.ConnectionString, file, KnownMigrations(database));
                return Task.CompletedTask;
            });
        }
        catch (BackupRefusedException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 1;
        }

        Console.WriteLine($"{(verb == "backup" ? "Gesichert nach" : "Zurückgespielt nach")} „{summary!.File}“: {summary.Bytes:N0} Bytes, Schemastand {summary.Migration}.");
        return 0;
    }

    private static HashSet<string> KnownMigrations(InventoryDatabase database)
    {
        using var db = DataServiceCollectionExtensions.CreateInventoryDbContext(database.Provider, database.ConnectionString);
        return db.Database.GetMigrations().ToHashSet();
    }

    private static async Task<int> CreateUserAsync(IServiceProvider services, IReadOnlyDictionary<string, string> options)
    {
        if (!options.TryGetValue("name", out var name) || !options.TryGetValue("role", out var role))
        {
            Console.Error.WriteLine("Aufruf: user create --name NAME --role ROLLE [--display-name \"Vorname Nachname\"] [--email ADRESSE] [--password PASSWORT]");
            Console.Error.WriteLine("Ohne --password wird das Passwort von der Standardeingabe gelesen.");
            return 2;
        }

        var password = options.GetValueOrDefault("password") ?? Console.In.ReadLine() ?? "";
        try
        {
            await services.GetRequiredService<UserAdministrationService>().CreateWithoutPermissionCheckAsync(
                name, options.GetValueOrDefault("display-name"), options.GetValueOrDefault("email"), role, password, "Kommandozeile");
            Console.WriteLine($"Benutzer „{name}“ mit Rolle „{role}“ angelegt.");
            return 0;
        }
        catch (ValidationFailedException ex)
        {
            foreach (var message in ex.Errors.SelectMany(e => e.Value))
            {
                Console.Error.WriteLine(message);
            }

            return 1;
        }
    }

    private static async Task<int> CreateTokenAsync(IServiceProvider services, IReadOnlyDictionary<string, string> options)
    {
        if (!options.TryGetValue("user", out var userName) || !options.TryGetValue("scope", out var scopeText)
            || !Enum.TryParse<TokenScope>(scopeText, ignoreCase: true, out var scope))
        {
            Console.Error.WriteLine("Aufruf: token create --user NAME --scope read|write [--name \"Zweck\"] [--days 90]");
            return 2;
        }

        var days = options.TryGetValue("days", out var daysText) && int.TryParse(daysText, out var parsed) ? parsed : 90;
        try
        {
            var created = await services.GetRequiredService<TokenService>().CreateForUserNameAsync(userName, options.GetValueOrDefault("name") ?? "Kommandozeile", scope, days);
            Console.Error.WriteLine($"Token für „{userName}“ ({TokenService.ScopeLabel(scope)}) angelegt, gültig bis {created.ExpiresUtc:yyyy-MM-dd}. Es wird nur jetzt angezeigt:");
            Console.WriteLine(created.Token);
            return 0;
        }
        catch (ValidationFailedException ex)
        {
            foreach (var message in ex.Errors.SelectMany(e => e.Value))
            {
                Console.Error.WriteLine(message);
            }

            return 1;
        }
    }

    private static int Usage()
    {
        Console.Error.WriteLine("Unbekannter Befehl. Verfügbar: user create --name NAME --role ROLLE; token create --user NAME --scope read|write");
        Console.Error.WriteLine($"               {GenerateCommand.Usage}");
        Console.Error.WriteLine($"               {BackupUsage}");
        return 2;
    }

    internal static Dictionary<string, string> Options(IEnumerable<string> args)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? key = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--"))
            {
                key = arg[2..];
                result[key] = "";
            }
            else if (key is not null)
            {
                result[key] = arg;
                key = null;
            }
        }

        return result;
    }
}
