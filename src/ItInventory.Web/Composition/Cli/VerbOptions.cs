using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace ItInventory.Web.Composition.Cli;

/// <summary>
/// The kinds of option the verbs take. Each reports a wrong value in German itself, so that the only English texts
/// System.CommandLine produces are the ones <see cref="GermanParseErrors"/> replaces.
/// </summary>
internal static class VerbOptions
{
    public static Option<string> Text(string name, string helpName, string description, bool required = false)
    {
        var option = new Option<string>(name) { HelpName = helpName, Description = description, Required = required };
        option.Validators.Add(result =>
        {
            if (result.Tokens is [{ Value: var value }] && string.IsNullOrWhiteSpace(value))
            {
                result.AddError($"Die Option „{name}“ braucht einen Wert, der nicht leer ist.");
            }
        });
        return option;
    }

    /// <summary>A text from a fixed list, compared without case (<c>read</c>, <c>Read</c>).</summary>
    public static Option<string> OneOf(string name, string description, bool required, params string[] values)
    {
        var option = Text(name, string.Join('|', values), description, required);
        option.Validators.Add(result =>
        {
            if (result.Tokens is [{ Value: var value }] && !string.IsNullOrWhiteSpace(value) && !values.Contains(value, StringComparer.OrdinalIgnoreCase))
            {
                result.AddError($"Die Option „{name}“ erwartet {string.Join(" oder ", values)}, nicht „{value}“.");
            }
        });
        return option;
    }

    /// <summary>A whole number, read without regard to the culture (as before the parser came).</summary>
    public static Option<int> Number(string name, int fallback, string description) => new(name)
    {
        HelpName = "ZAHL",
        Description = description,
        DefaultValueFactory = _ => fallback,
        CustomParser = result =>
        {
            if (result.Tokens is not [{ Value: var text }])
            {
                return fallback;
            }

            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            result.AddError($"Die Option „{name}“ erwartet eine ganze Zahl, nicht „{text}“.");
            return fallback;
        },
    };

    /// <summary>A switch without a value: a word after it is refused as unexpected instead of being read as true/false.</summary>
    public static Option<bool> Flag(string name, string description) =>
        new(name) { Description = description, Arity = ArgumentArity.Zero };
}
