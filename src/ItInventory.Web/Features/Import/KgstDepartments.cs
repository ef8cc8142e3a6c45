using ItInventory.Web.Features.Import.Parsing;

namespace ItInventory.Web.Features.Import;

/// <summary>
/// The KGSt numbering most German cities follow. It lets the import create a department named only by its
/// number ("33") or only by its name ("Bürgeramt") with both parts right.
/// </summary>
public static class KgstDepartments
{
    public static readonly IReadOnlyDictionary<string, string> NameByNumber = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["10"] = "Hauptamt", ["11"] = "Personalamt", ["12"] = "Statistik und Wahlen", ["13"] = "Presseamt",
        ["14"] = "Rechnungsprüfung", ["20"] = "Kämmerei", ["21"] = "Stadtkasse", ["22"] = "Steueramt", ["23"] = "Liegenschaften",
        ["30"] = "Rechtsamt", ["32"] = "Ordnungsamt", ["33"] = "Bürgeramt", ["34"] = "Standesamt", ["37"] = "Feuerwehr",
        ["40"] = "Schulverwaltungsamt", ["41"] = "Kulturamt", ["42"] = "Stadtbibliothek", ["50"] = "Sozialamt", ["51"] = "Jugendamt",
        ["53"] = "Gesundheitsamt", ["61"] = "Stadtplanungsamt", ["62"] = "Vermessung und Kataster", ["63"] = "Bauordnungsamt",
        ["64"] = "Amt für Wohnen", ["65"] = "Gebäudemanagement", ["66"] = "Tiefbauamt", ["67"] = "Grünflächenamt",
    };

    private static readonly Dictionary<string, string> NumberByName =
        NameByNumber.ToDictionary(e => TextNormalizer.Compact(e.Value), e => e.Key, StringComparer.Ordinal);

    public static string? NumberOf(string name) => NumberByName.GetValueOrDefault(TextNormalizer.Compact(name));
}
