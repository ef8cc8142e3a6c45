using System.CommandLine;
using System.CommandLine.Parsing;

namespace ItInventory.Web.Composition.Cli;

/// <summary>
/// A call the parser refused, told in German on standard error with the verb's help below. System.CommandLine's own
/// texts are English; they are rebuilt here from what the parse found (unknown tokens, missing options), and the
/// option kinds in <see cref="VerbOptions"/> word their value errors in German themselves.
/// </summary>
internal static class GermanParseErrors
{
    public static void Write(ParseResult parsed)
    {
        foreach (var message in Messages(parsed).Distinct())
        {
            Console.Error.WriteLine(message);
        }

        Console.Error.WriteLine();
        Console.Error.Write(GermanHelp.For(parsed.CommandResult.Command));
    }

    private static IEnumerable<string> Messages(ParseResult parsed)
    {
        var command = parsed.CommandResult.Command;
        var unmatched = parsed.UnmatchedTokens;
        var any = false;
        for (var i = 0; i < unmatched.Count; i++)
        {
            var token = unmatched[i];
            if (!token.StartsWith('-') && i > 0 && unmatched[i - 1].StartsWith('-'))
            {
                continue; // most likely the value of the unknown option before it: one message is enough
            }

            any = true;
            yield return token.StartsWith('-')
                ? $"Unbekannte Option „{token}“.{Suggestion(token, command.Options.SelectMany(o => o.Aliases.Append(o.Name)))}"
                : command.Subcommands.Count > 0
                    ? $"Unbekannter Befehl „{$"{GermanHelp.PathOf(command)} {token}".Trim()}“.{Suggestion(token, command.Subcommands.Select(c => c.Name))}"
                    : $"Unerwartetes Argument „{token}“.";
        }

        if (command.Subcommands.Count > 0 && unmatched.Count == 0)
        {
            any = true;
            yield return $"Zu „{GermanHelp.PathOf(command)}“ fehlt der Befehl, z. B. „{GermanHelp.PathOf(GermanHelp.Verbs(command).First())}“.";
        }

        foreach (var error in parsed.Errors)
        {
            if (error.SymbolResult is OptionResult or ArgumentResult { Parent: OptionResult })
            {
                any = true;
                var option = error.SymbolResult as OptionResult ?? (OptionResult)error.SymbolResult.Parent!;
                yield return option switch
                {
                    { IdentifierTokenCount: 0 } => $"Die Option „{option.Option.Name}“ fehlt.",
                    { Tokens.Count: 0 } => $"Die Option „{option.Option.Name}“ braucht einen Wert.",
                    { IdentifierTokenCount: > 1 } or { Tokens.Count: > 1 } => $"Die Option „{option.Option.Name}“ ist mehrfach angegeben.",
                    _ => error.Message, // worded in German by VerbOptions
                };
            }
        }

        if (!any)
        {
            yield return "Der Aufruf ist unvollständig oder fehlerhaft.";
        }
    }

    /// <summary>" Meinten Sie „--name“?" for a name at most two typing errors away from a known one, else nothing.</summary>
    private static string Suggestion(string typed, IEnumerable<string> known)
    {
        var closest = known.Select(name => (Name: name, Distance: Distance(typed, name))).Where(c => c.Distance <= 2).OrderBy(c => c.Distance).FirstOrDefault();
        return closest.Name is null ? "" : $" Meinten Sie „{closest.Name}“?";
    }

    /// <summary>Levenshtein distance, case ignored.</summary>
    private static int Distance(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
