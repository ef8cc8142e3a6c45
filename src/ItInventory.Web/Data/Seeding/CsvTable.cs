using System.Globalization;
using System.Text;

namespace ItInventory.Web.Data.Seeding;

/// <summary>Reads one seed CSV file into rows whose typed getters report problems with file and line.</summary>
internal sealed class CsvTable
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public string FileName { get; }
    public IReadOnlyList<CsvRow> Rows { get; }

    private CsvTable(string fileName, IReadOnlyList<CsvRow> rows)
    {
        FileName = fileName;
        Rows = rows;
    }

    public static CsvTable Load(string folder, string fileName, params string[] requiredColumns)
    {
        var path = Path.Combine(folder, fileName);
        if (!File.Exists(path))
        {
            throw new SeedDataException(fileName, 0, $"Die Datei fehlt im Ordner {folder}.");
        }

        using var reader = new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: true));
        var rows = new List<CsvRow>();
        string[]? header = null;
        try
        {
            foreach (var (line, record) in CsvParser.Parse(reader, ';', fileName))
            {
                if (header is null)
                {
                    header = record.Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
                    foreach (var column in requiredColumns)
                    {
                        if (!header.Contains(column, StringComparer.Ordinal))
                        {
                            throw new SeedDataException(fileName, line, $"Die Spalte „{column}“ fehlt in der Kopfzeile.");
                        }
                    }

                    continue;
                }

                if (record.Length != header.Length)
                {
                    throw new SeedDataException(fileName, line, $"Die Zeile hat {record.Length} Felder, die Kopfzeile aber {header.Length}.");
                }

                var values = new Dictionary<string, string>(StringComparer.Ordinal);
                for (var i = 0; i < header.Length; i++)
                {
                    values[header[i]] = record[i];
                }

                rows.Add(new CsvRow(fileName, line, values));
            }
        }
        catch (DecoderFallbackException)
        {
            throw new SeedDataException(fileName, rows.Count + 2, "Die Datei ist nicht in UTF-8 kodiert.");
        }

        if (header is null)
        {
            throw new SeedDataException(fileName, 1, "Die Datei ist leer; die Kopfzeile fehlt.");
        }

        return new CsvTable(fileName, rows);
    }

    /// <summary>The rows as records by a key column, refusing a key that comes twice.</summary>
    public Dictionary<string, T> Keyed<T>(string keyColumn, Func<CsvRow, T> read)
    {
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var row in Rows)
        {
            var key = row.Required(keyColumn);
            if (result.ContainsKey(key))
            {
                throw row.Error($"Der Schlüssel „{key}“ in Spalte „{keyColumn}“ kommt mehrfach vor.");
            }

            result[key] = read(row);
        }

        return result;
    }
}

internal sealed class CsvRow(string file, int line, IReadOnlyDictionary<string, string> values)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public string File { get; } = file;
    public int Line { get; } = line;

    public SeedDataException Error(string problem) => new(File, Line, problem);

    public string? Optional(string column)
    {
        var value = values.TryGetValue(column, out var v) ? v : null;
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    public string Required(string column) =>
        Optional(column) ?? throw Error($"Das Feld „{column}“ ist leer, ist aber Pflicht.");

    public int Int(string column) => OptionalInt(column) ?? throw Error($"Das Feld „{column}“ ist leer, ist aber Pflicht.");

    public int? OptionalInt(string column)
    {
        var raw = Optional(column);
        if (raw is null) return null;
        return int.TryParse(raw, NumberStyles.Integer, Invariant, out var value)
            ? value
            : throw Error($"„{raw}“ in Spalte „{column}“ ist keine ganze Zahl.");
    }

    public decimal Decimal(string column) => OptionalDecimal(column) ?? throw Error($"Das Feld „{column}“ ist leer, ist aber Pflicht.");

    public decimal? OptionalDecimal(string column)
    {
        var raw = Optional(column);
        if (raw is null) return null;
        return decimal.TryParse(raw, NumberStyles.Number & ~NumberStyles.AllowThousands, Invariant, out var value)
            ? value
            : throw Error($"„{raw}“ in Spalte „{column}“ ist keine Zahl (Dezimalpunkt erwartet, z. B. 1234.56).");
    }

    public bool Bool(string column)
    {
        var raw = Optional(column);
        return raw switch
        {
            null => false,
            "true" => true,
            "false" => false,
            _ => throw Error($"„{raw}“ in Spalte „{column}“ ist kein Wahrheitswert (true oder false)."),
        };
    }

    public DateOnly Date(string column) => OptionalDate(column) ?? throw Error($"Das Feld „{column}“ ist leer, ist aber Pflicht.");

    public DateOnly? OptionalDate(string column)
    {
        var raw = Optional(column);
        if (raw is null) return null;
        return DateOnly.TryParseExact(raw, "yyyy-MM-dd", Invariant, DateTimeStyles.None, out var value)
            ? value
            : throw Error($"„{raw}“ in Spalte „{column}“ ist kein Datum im Format JJJJ-MM-TT.");
    }

    public TEnum Enum<TEnum>(string column) where TEnum : struct, Enum
    {
        var raw = Required(column);
        return System.Enum.TryParse<TEnum>(raw, ignoreCase: false, out var value) && System.Enum.IsDefined(value) && !int.TryParse(raw, out _)
            ? value
            : throw Error($"„{raw}“ in Spalte „{column}“ ist kein gültiger Wert. Erlaubt: {string.Join(", ", System.Enum.GetNames<TEnum>())}.");
    }

    public T Lookup<T>(string column, IReadOnlyDictionary<string, T> byKey, string what) where T : class
    {
        var key = Required(column);
        return byKey.TryGetValue(key, out var value)
            ? value
            : throw Error($"{what} „{key}“ aus Spalte „{column}“ ist unbekannt.");
    }

    public T? OptionalLookup<T>(string column, IReadOnlyDictionary<string, T> byKey, string what) where T : class
    {
        var key = Optional(column);
        if (key is null) return null;
        return byKey.TryGetValue(key, out var value)
            ? value
            : throw Error($"{what} „{key}“ aus Spalte „{column}“ ist unbekannt.");
    }
}
