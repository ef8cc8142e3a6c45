using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace ItInventory.Core.Catalogue;

/// <summary>One data row of a catalogue file: the line a person sees in an editor and the fields by column name.</summary>
public sealed record CatalogueCsvRow(int Line, IReadOnlyDictionary<string, string> Fields)
{
    public string this[string column] => Fields.TryGetValue(column, out var value) ? value.Trim() : "";
}

/// <summary>Reads the catalogue's comma-separated files (UTF-8, header row, RFC 4180 quoting) with CsvHelper.</summary>
public static class CatalogueCsv
{
    public static IReadOnlyList<CatalogueCsvRow> Read(TextReader reader, string fileName, params string[] requiredColumns)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectColumnCountChanges = false,
            MissingFieldFound = null,
            PrepareHeaderForMatch = args => args.Header.Trim().TrimStart('\uFEFF'),
        };
        using var csv = new CsvReader(reader, configuration);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header)
        {
            throw new CatalogueFormatException(fileName, 1, "Die Datei ist leer; die Kopfzeile fehlt.");
        }

        var columns = header.Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
        foreach (var column in requiredColumns)
        {
            if (!columns.Contains(column, StringComparer.Ordinal))
            {
                throw new CatalogueFormatException(fileName, 1, $"Die Spalte „{column}“ fehlt in der Kopfzeile.");
            }
        }

        var rows = new List<CatalogueCsvRow>();
        try
        {
            while (csv.Read())
            {
                var fields = new Dictionary<string, string>(StringComparer.Ordinal);
                for (var i = 0; i < columns.Length; i++)
                {
                    fields[columns[i]] = csv.TryGetField<string>(i, out var value) ? value ?? "" : "";
                }

                rows.Add(new CatalogueCsvRow(csv.Parser.RawRow, fields));
            }
        }
        catch (CsvHelperException e)
        {
            throw new CatalogueFormatException(fileName, csv.Parser.RawRow, $"Die Zeile ist kein gültiges CSV ({e.GetType().Name}).");
        }

        return rows;
    }
}

/// <summary>A catalogue file that cannot be read at all (as opposed to single rows, which are skipped and reported).</summary>
public sealed class CatalogueFormatException(string fileName, int line, string problem)
    : Exception($"{fileName}, Zeile {line}: {problem}")
{
    public string FileName { get; } = fileName;
    public int Line { get; } = line;
    public string Problem { get; } = problem;
}
