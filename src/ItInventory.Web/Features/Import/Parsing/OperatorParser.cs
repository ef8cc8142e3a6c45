using ItInventory.Core.Domain;

namespace ItInventory.Web.Features.Import.Parsing;

/// <summary>Reads who runs a product: in-house, a municipal data centre, or the vendor (SaaS).</summary>
public static class OperatorParser
{
    private static readonly Dictionary<string, OperatorKind> Words = Build();

    public static bool TryParse(string? text, out OperatorKind kind)
    {
        kind = OperatorKind.InHouse;
        var key = TextNormalizer.Compact(text);
        if (key.Length == 0)
        {
            return false;
        }

        if (Words.TryGetValue(key, out kind))
        {
            return true;
        }

        // Longer phrases ("Betrieb im kommunalen Rechenzentrum") carry one telling word.
        if (key.Contains("rechenzentrum", StringComparison.Ordinal) || key.Contains("zweckverband", StringComparison.Ordinal))
        {
            kind = OperatorKind.MunicipalDataCentre;
            return true;
        }

        if (key.Contains("saas", StringComparison.Ordinal) || key.Contains("cloud", StringComparison.Ordinal))
        {
            kind = OperatorKind.VendorSaaS;
            return true;
        }

        return false;
    }

    private static Dictionary<string, OperatorKind> Build()
    {
        var words = new Dictionary<string, OperatorKind>(StringComparer.Ordinal);
        foreach (var kind in Enum.GetValues<OperatorKind>())
        {
            words[TextNormalizer.Compact(kind.ToString())] = kind;
            words[TextNormalizer.Compact(Labels.Of(kind))] = kind;
        }

        void Add(OperatorKind kind, params string[] synonyms)
        {
            foreach (var synonym in synonyms)
            {
                words[TextNormalizer.Compact(synonym)] = kind;
            }
        }

        Add(OperatorKind.InHouse, "intern", "inhouse", "in-house", "eigen", "eigenbetrieb", "selbst", "lokal", "vor Ort", "on premise", "on-premise", "eigenes RZ", "städtisch", "IT-Abteilung", "Stadt");
        Add(OperatorKind.MunicipalDataCentre, "RZ", "KRZ", "kommunales RZ", "Rechenzentrum", "kommunales Rechenzentrum", "Zweckverband", "Dataport", "extern RZ");
        Add(OperatorKind.VendorSaaS, "SaaS", "Anbieter", "Hersteller", "Cloud", "Vendor", "beim Anbieter", "beim Hersteller", "ASP", "extern");
        return words;
    }
}
