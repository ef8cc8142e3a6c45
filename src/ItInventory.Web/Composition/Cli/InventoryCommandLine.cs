using System.CommandLine;

namespace ItInventory.Web.Composition.Cli;

/// <summary>
/// Administrative verbs run instead of the web server, e.g.
/// <c>dotnet run --project src/ItInventory.Web -- user create --name anna --role Administrator</c>. Parsing comes first
/// and alone: a refused call (exit code 2) or a help page (exit code 0) never builds the app or opens the database.
/// </summary>
internal static class InventoryCommandLine
{
    public const int UsageExitCode = 2;

    public static async Task<int> RunAsync(string[] verbArgs, VerbHost host)
    {
        var parsed = Root(host).Parse(verbArgs, new ParserConfiguration
        {
            // "@file" would otherwise be read as a response file: a password or path may well start with "@".
            ResponseFileTokenReplacer = null,
        });
        if (parsed.Action is not GermanHelp && parsed.Errors.Count > 0)
        {
            GermanParseErrors.Write(parsed);
            return UsageExitCode;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration
        {
            // Faults go on to StartupGuard, which words them in German; the default handler would print an English trace.
            EnableDefaultExceptionHandler = false,
            // Ctrl+C ends the process as it always did; the verbs have nothing to clean up that a transaction does not.
            ProcessTerminationTimeout = null,
        });
    }

    private static RootCommand Root(VerbHost host)
    {
        var root = new RootCommand("ItInventory – Verwaltungsbefehle, die statt des Webservers laufen. Einstellungen wie "
                                   + "--ConnectionStrings:Inventory=… oder --urls … gehen wie beim Serverstart an die Konfiguration.")
        {
            new Command("user", "Benutzerkonten.") { UserCreateVerb.Create(host) },
            new Command("token", "API-Tokens.") { TokenCreateVerb.Create(host) },
            GenerateVerb.Create(host),
            BackupVerbs.Backup(host),
            BackupVerbs.Restore(host),
            RemindersVerb.Create(host),
            CatalogueVerb.Create(host),
        };
        GermanHelp.Install(root);
        return root;
    }
}
