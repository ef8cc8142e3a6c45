using System.Text;
using ItInventory.Core.Validation;

namespace ItInventory.Core.Catalogue;

/// <summary>
/// Reads the OZG/LeiKa catalogue (themenfelder.csv, lebenslagen.csv, ozg-leistungen.csv, leika-leistungen.csv). The
/// source is real and uncleaned: rows that cannot be used are reported and skipped, never a reason to stop.
/// </summary>
public static class OzgCatalogueReader
{
    public const string TopicAreasFile = "themenfelder.csv";
    public const string LifeSituationsFile = "lebenslagen.csv";
    public const string OzgFile = "ozg-leistungen.csv";
    public const string LeikaFile = "leika-leistungen.csv";

    /// <summary>The placeholder the source writes for a service without a LeiKa key.</summary>
    public const string NoLeikaKey = "nicht im LeiKa";

    public static OzgCatalogue ReadFolder(string folder) => Read(fileName =>
    {
        var path = Path.Combine(folder, fileName);
        if (!File.Exists(path))
        {
            throw new CatalogueFormatException(fileName, 0, $"Die Datei fehlt im Ordner {folder}.");
        }

        return new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: true));
    });

    /// <summary>Reads the four files from whatever <paramref name="open"/> returns for each file name.</summary>
    public static OzgCatalogue Read(Func<string, TextReader> open)
    {
        var skipped = new List<SkippedCatalogueRow>();
        var topicAreas = ReadNamed(open, TopicAreasFile, "Themenfeld");
        var lifeSituations = new Dictionary<string, (string Name, string? TopicArea)>(StringComparer.Ordinal);
        foreach (var row in ReadFile(open, LifeSituationsFile, "Nr", "Lebenslage", "Themenfeld-Nr"))
        {
            lifeSituations[row["Nr"]] = (row["Lebenslage"], topicAreas.GetValueOrDefault(row["Themenfeld-Nr"]));
        }

        var services = ReadServices(open, lifeSituations, skipped);
        var known = services.Select(s => s.OzgId).ToHashSet(StringComparer.Ordinal);
        var leika = ReadLeika(open, known, skipped);
        return new OzgCatalogue(services, leika, skipped);
    }

    private static List<OzgCatalogueEntry> ReadServices(
        Func<string, TextReader> open,
        Dictionary<string, (string Name, string? TopicArea)> lifeSituations,
        List<SkippedCatalogueRow> skipped)
    {
        var services = new List<OzgCatalogueEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in ReadFile(open, OzgFile, "OZG-ID", "OZG-Leistung", "Lebenslage-Nr"))
        {
            var problem = ServiceRules.OzgIdProblem(row["OZG-ID"])
                ?? NameProblem(row["OZG-Leistung"])
                ?? (seen.Add(row["OZG-ID"]) ? null : $"Die OZG-ID {row["OZG-ID"]} steht doppelt in der Datei.");
            if (problem is not null)
            {
                skipped.Add(new SkippedCatalogueRow(OzgFile, row.Line, problem));
                continue;
            }

            var situation = lifeSituations.TryGetValue(row["Lebenslage-Nr"], out var found) ? found : default;
            services.Add(new OzgCatalogueEntry(row["OZG-ID"], row["OZG-Leistung"], situation.Name, situation.TopicArea));
        }

        return services;
    }

    private static List<LeikaCatalogueEntry> ReadLeika(
        Func<string, TextReader> open, HashSet<string> knownOzgIds, List<SkippedCatalogueRow> skipped)
    {
        var entries = new List<LeikaCatalogueEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in ReadFile(open, LeikaFile, "LeiKa-Schlüssel", "Leistung", "LeiKa-Typ", "OZG-ID"))
        {
            var key = row["LeiKa-Schlüssel"];
            var ozgId = row["OZG-ID"];
            var problem = key == NoLeikaKey
                ? $"Die Leistung „{row["Leistung"]}“ hat keinen LeiKa-Schlüssel („{NoLeikaKey}“)."
                : ServiceRules.LeikaKeyProblem(key)
                  ?? NameProblem(row["Leistung"])
                  ?? (ozgId.Length == 0 || knownOzgIds.Contains(ozgId) ? null : $"Die OZG-ID „{ozgId}“ steht nicht im OZG-Katalog.")
                  ?? (seen.Add(key) ? null : $"Der LeiKa-Schlüssel {key} steht doppelt in der Datei.");
            if (problem is not null)
            {
                skipped.Add(new SkippedCatalogueRow(LeikaFile, row.Line, problem));
                continue;
            }

            entries.Add(new LeikaCatalogueEntry(key, row["Leistung"], NullIfEmpty(row["LeiKa-Typ"]), NullIfEmpty(ozgId)));
        }

        return entries;
    }

    private static Dictionary<string, string> ReadNamed(Func<string, TextReader> open, string fileName, string nameColumn) =>
        ReadFile(open, fileName, "Nr", nameColumn)
            .GroupBy(row => row["Nr"], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First()[nameColumn], StringComparer.Ordinal);

    private static IReadOnlyList<CatalogueCsvRow> ReadFile(Func<string, TextReader> open, string fileName, params string[] columns)
    {
        using var reader = open(fileName);
        return CatalogueCsv.Read(reader, fileName, columns);
    }

    private static string? NameProblem(string name) =>
        NameRules.IsBlank(name) ? "Die Leistung hat keinen Namen." : TextRules.Problem(name);

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
