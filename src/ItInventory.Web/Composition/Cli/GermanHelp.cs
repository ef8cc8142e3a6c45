using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Text;

namespace ItInventory.Web.Composition.Cli;

/// <summary>
/// <c>--help</c> and <c>-h</c> in German. System.CommandLine's own help has English headings (its German resources
/// cover only some of them), so the page is written here from the descriptions the verbs give their options.
/// </summary>
internal sealed class GermanHelp : SynchronousCommandLineAction
{
    // Help is asked for: a missing required option or a typo next to --help is no reason to refuse.
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        Console.Out.Write(For(parseResult.CommandResult.Command));
        return 0;
    }

    /// <summary>Puts this help on the root's --help (inherited by every verb) and drops --version, which the app does not offer.</summary>
    public static void Install(RootCommand root)
    {
        foreach (var option in root.Options.ToList())
        {
            if (option is VersionOption)
            {
                root.Options.Remove(option);
            }
            else if (option is HelpOption help)
            {
                help.Description = "Zeigt diese Hilfe.";
                help.Action = new GermanHelp();
            }
        }
    }

    /// <summary>The help page of a verb, or, for the root and for "user" and "token", the list of verbs below it.</summary>
    public static string For(Command command)
    {
        var text = new StringBuilder();
        if (command.Subcommands.Count > 0)
        {
            text.AppendLine(command.Description).AppendLine().AppendLine("Befehle:");
            Columns(text, Verbs(command).Select(verb => (PathOf(verb), verb.Description ?? "")));
            var example = Verbs(command).First();
            text.AppendLine().AppendLine($"Hilfe zu einem Befehl: BEFEHL --help, z. B. „{PathOf(example)} --help“.");
            return text.ToString();
        }

        text.AppendLine($"{PathOf(command)}: {command.Description}").AppendLine();
        text.AppendLine(Usage(command)).AppendLine().AppendLine("Optionen:");
        Columns(text, AllOptions(command).Select(option => (Label(option), Describe(option))));
        return text.ToString();
    }

    /// <summary>One line that shows how the verb is called, e.g. "Aufruf: backup --to DATEI [--overwrite]".</summary>
    public static string Usage(Command command)
    {
        var options = command.Options.Where(o => o is not HelpOption).Select(o => o.Required ? Label(o) : $"[{Label(o)}]");
        return $"Aufruf: {string.Join(' ', [PathOf(command), .. options])}";
    }

    /// <summary>The verb as typed, without the program: "user create".</summary>
    public static string PathOf(Command command)
    {
        var names = new List<string>();
        for (var current = command; current is not null and not RootCommand; current = current.Parents.OfType<Command>().FirstOrDefault())
        {
            names.Insert(0, current.Name);
        }

        return string.Join(' ', names);
    }

    /// <summary>The commands that do something (leaves), e.g. "user create" rather than "user".</summary>
    public static IEnumerable<Command> Verbs(Command command) =>
        command.Subcommands.SelectMany(sub => sub.Subcommands.Count > 0 ? Verbs(sub) : [sub]);

    private static IEnumerable<Option> AllOptions(Command command) =>
        command.Options.Concat(command.Parents.OfType<Command>().SelectMany(AllOptions).Where(o => o.Recursive)).DistinctBy(o => o.Name);

    private static string Label(Option option)
    {
        var names = string.Join(", ", option.Aliases.Where(a => a.StartsWith('-')).Order().Append(option.Name));
        return option.Arity.MaximumNumberOfValues == 0 ? names : $"{names} {option.HelpName}";
    }

    private static string Describe(Option option)
    {
        var description = option.Description ?? "";
        if (option.Required)
        {
            return $"{description} Pflicht.";
        }

        return option.HasDefaultValue && option.Arity.MaximumNumberOfValues > 0 ? $"{description} Vorgabe: {option.GetDefaultValue()}." : description;
    }

    private static void Columns(StringBuilder text, IEnumerable<(string Left, string Right)> rows)
    {
        var list = rows.ToList();
        var width = list.Max(row => row.Left.Length) + 2;
        foreach (var (left, right) in list)
        {
            text.AppendLine($"  {left.PadRight(width)}{right}");
        }
    }
}
