namespace ItInventory.Web.Composition.Cli;

/// <summary>
/// Separates what the web host reads as configuration (<c>--Inventory:Database=x.db</c>, <c>--urls http://…</c>) from a
/// verb and its options: the verb parser must not refuse a setting as an unknown option, and the host must not read a
/// verb's option as a setting (<c>--overwrite --Inventory:Database x.db</c> would give it "overwrite" the setting's name).
/// </summary>
internal sealed record VerbArguments(string[] Configuration, string[] Verb)
{
    // The host's own settings that have no section; every other setting is named "Section:Key".
    private static readonly HashSet<string> HostSettings = new(StringComparer.OrdinalIgnoreCase)
    {
        "urls", "environment", "contentRoot", "applicationName", "webroot", "http_ports", "https_ports",
    };

    /// <summary>
    /// True when the arguments call a verb (or ask for the list of them). Anything else, among it the arguments the
    /// tests' WebApplicationFactory passes, starts the server as before.
    /// </summary>
    public bool NamesAVerb => Verb is [var first, ..] && (!first.StartsWith('-') || first is "-h" or "--help" or "-?");

    public static VerbArguments Split(IReadOnlyList<string> args)
    {
        var configuration = new List<string>();
        var verb = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (!IsSetting(args[i]))
            {
                verb.Add(args[i]);
                continue;
            }

            configuration.Add(args[i]);
            // As the host's own reader does: "--Key value" takes the next argument as the value, "--Key=value" does not.
            if (!args[i].Contains('=') && i + 1 < args.Count)
            {
                configuration.Add(args[++i]);
            }
        }

        return new VerbArguments([.. configuration], [.. verb]);
    }

    private static bool IsSetting(string arg)
    {
        if (!arg.StartsWith("--", StringComparison.Ordinal))
        {
            return false;
        }

        var name = arg[2..].Split('=', 2)[0];
        return name.Contains(':') || HostSettings.Contains(name);
    }
}
