using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace ItInventory.Web.Data.Seeding;

/// <summary>
/// The seed files' CSV (RFC 4180 with a configurable separator: quoted fields with doubled quotes and line breaks), read
/// with CsvHelper, reporting the line on which each record starts, so seed errors point at the line a person sees in an
/// editor.
/// </summary>
internal static class CsvParser
{
    private const string StrayQuote = "Ein Anführungszeichen steht mitten in einem Feld; Felder mit \" müssen ganz in Anführungszeichen stehen und \" verdoppeln.";

    public static IEnumerable<(int Line, string[] Fields)> Parse(TextReader reader, char separator, string fileName)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = separator.ToString(),
            HasHeaderRecord = false,
            DetectColumnCountChanges = false,
            IgnoreBlankLines = true,
            BadDataFound = args => throw new SeedDataException(fileName, StartLine(args.Context.Parser!.RawRow, args.RawRecord), StrayQuote),
        };
        using var parser = new CsvHelper.CsvParser(reader, configuration);
        while (parser.Read())
        {
            var raw = parser.RawRecord;
            // CsvHelper ends an unclosed quote at the end of the file; the raw text still shows it open, and every line
            // break in it is inside the record.
            if (IsQuoteOpen(raw, separator))
            {
                throw new SeedDataException(fileName, parser.RawRow - raw.Count(c => c == '\n'), "Ein Anführungszeichen wird nicht geschlossen.");
            }

            yield return (StartLine(parser.RawRow, raw), parser.Record ?? []);
        }
    }

    /// <summary>The line a record starts on: its last line less the line breaks inside it.</summary>
    private static int StartLine(int lastLine, string? rawRecord) =>
        lastLine - (rawRecord ?? "").TrimEnd('\r', '\n').Count(c => c == '\n');

    /// <summary>Whether a field of the raw record opens a quote that is never closed.</summary>
    private static bool IsQuoteOpen(string raw, char separator)
    {
        var inQuotes = false;
        var atFieldStart = true;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < raw.Length && raw[i + 1] == '"') i++;
                else if (c == '"') inQuotes = false;
                continue;
            }

            if (c == '"' && atFieldStart) inQuotes = true;
            atFieldStart = c == separator || c == '\n' || c == '\r';
        }

        return inQuotes;
    }
}
