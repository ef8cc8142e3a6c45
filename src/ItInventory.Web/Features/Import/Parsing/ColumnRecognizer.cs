using System.Globalization;
using System.Text.RegularExpressions;
using ItInventory.Core.Domain;

namespace ItInventory.Web.Features.Import.Parsing;

/// <summary>What a header says about its column.</summary>
public sealed record RecognizedColumn(ImportField Field, int? Year = null, CostType? CostType = null, CostKind? Kind = null)
{
    public static readonly RecognizedColumn Unknown = new(ImportField.Ignore);
}

/// <summary>
/// Maps the many spellings of German inventory headers to fields. A header with a four-digit year is a cost column:
/// its words give the cost type (Pflege/Wartung, Lizenz, Hosting/RZ ...), explicit "Plan"/"Ist" the kind, and
/// otherwise past years are actuals and the current and later years plan.
/// </summary>
public static partial class ColumnRecognizer
{
    // Checked in order; the first rule whose words occur wins. Words are normalised (see TextNormalizer).
    private static readonly (ImportField Field, string[] Tokens, string[] Compacts)[] Rules =
    [
        (ImportField.InventoryNumber, ["invnr", "inventarnr"], ["inventarnummer", "inventarnr", "invnr", "inventarisierungsnummer", "verfahrensnummer", "produktnummer"]),
        (ImportField.NoticePeriod, [], ["kuendigung"]),
        (ImportField.ContractEnd, [], ["vertragsende", "laufzeitende", "laufzeitbis", "vertragbis", "vertragslaufzeitbis", "befristetbis", "vertragsablauf", "endedervertragslaufzeit", "endedeslaufzeit"]),
        (ImportField.Lifecycle, ["status", "phase", "lifecycle"], ["lebenszyklus", "lebenszyklusstatus", "einsatzstatus", "betriebsstatus"]),
        (ImportField.Operator, ["betrieb", "betreiber", "betriebsart", "betriebsform", "betriebsmodell", "hosting", "operator"], ["betriebdurch", "betriebenvon", "betriebenbei"]),
        (ImportField.Vendor, ["hersteller", "anbieter", "lieferant", "vendor", "softwarehaus", "firma", "auftragnehmer", "dienstleister", "softwareanbieter", "softwarehersteller"], ["herstelleranbieter", "anbieterhersteller"]),
        (ImportField.Department, ["amt", "aemter", "fachamt", "fachbereich", "organisationseinheit", "oe", "dienststelle", "abteilung", "fachdienst", "department"], ["organisationseinheit", "zustaendigesamt", "federfuehrendesamt", "verantwortlichesamt", "amtnr", "amtsnummer"]),
        (ImportField.Category, ["kategorie", "produktkategorie", "verfahrensart", "aufgabengebiet", "category", "sachgebiet", "verfahrenskategorie"], []),
        (ImportField.Description, ["beschreibung", "zweck", "erlaeuterung", "einsatzzweck", "description", "kurzbeschreibung"], []),
        (ImportField.Notes, ["bemerkung", "bemerkungen", "anmerkung", "anmerkungen", "kommentar", "hinweis", "hinweise", "notiz", "notizen"], []),
        (ImportField.Licences, [], ["lizenzen", "lizenz", "anzahllizenzen", "lizenzanzahl", "lizenzzahl", "anzahllizenz", "lizenzmenge", "licences", "licenses"]),
        (ImportField.Users, [], ["nutzer", "anzahlnutzer", "nutzeranzahl", "nutzerzahl", "benutzer", "anzahlbenutzer", "anwender", "anzahlanwender", "user", "users"]),
        (ImportField.ProductName, ["fachverfahren", "produkt", "software", "verfahren", "anwendung", "fachanwendung", "programm", "produktname", "softwareprodukt", "bezeichnung", "produktbezeichnung", "verfahrensbezeichnung", "verfahrensname"], ["name", "itverfahren", "namedesfachverfahrens", "namedesprodukts"]),
    ];

    // A year in a header makes a cost column unless the header is about something else that carries a year.
    private static readonly string[] NotCostWords = ["kuendigung", "vertragsende", "laufzeit", "anzahl", "nutzer", "inventar", "seit", "einfuehrung", "beschreibung", "bemerkung"];

    public static RecognizedColumn Recognize(string? header, int currentYear)
    {
        var normalized = TextNormalizer.Normalize(header);
        if (normalized.Length == 0)
        {
            return RecognizedColumn.Unknown;
        }

        var compact = normalized.Replace(" ", "", StringComparison.Ordinal);
        var tokens = normalized.Split(' ');

        var yearMatch = Year().Match(normalized);
        if (yearMatch.Success && !NotCostWords.Any(w => compact.Contains(w, StringComparison.Ordinal)))
        {
            var year = int.Parse(yearMatch.Value, CultureInfo.InvariantCulture);
            var kind = ExplicitKind(tokens) ?? (year < currentYear ? CostKind.Actual : CostKind.Plan);
            return new RecognizedColumn(ImportField.Cost, year, CostTypeOf(compact, tokens), kind);
        }

        foreach (var (field, ruleTokens, compacts) in Rules)
        {
            if (tokens.Any(t => ruleTokens.Contains(t)) || compacts.Any(c => compact == c || (c.Length >= 8 && compact.Contains(c, StringComparison.Ordinal))))
            {
                return new RecognizedColumn(field);
            }
        }

        return RecognizedColumn.Unknown;
    }

    /// <summary>The fiscal year a header names, if any ("Pflegekosten 2024" = 2024).</summary>
    public static int? YearIn(string? header)
    {
        var match = Year().Match(TextNormalizer.Normalize(header));
        return match.Success ? int.Parse(match.Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The cost type named by a header's words; "Kosten 2024" alone is Other.</summary>
    public static CostType CostTypeOf(string compact, IReadOnlyCollection<string> tokens)
    {
        bool Has(params string[] words) => words.Any(w => compact.Contains(w, StringComparison.Ordinal));

        if (Has("pflege", "wartung", "maintenance"))
        {
            return CostType.Maintenance;
        }

        if (Has("lizenz", "licen", "kauf", "anschaffung", "erwerb"))
        {
            return CostType.LicencePurchase;
        }

        if (Has("hosting", "rechenzentrum", "rzleistung", "rzkosten", "rzentgelt", "betriebskosten") || tokens.Any(t => t == "rz" || t == "krz"))
        {
            return CostType.Hosting;
        }

        if (Has("abo", "saas", "subscription", "miete", "nutzungsentgelt", "cloud"))
        {
            return CostType.Subscription;
        }

        if (Has("support", "hotline"))
        {
            return CostType.Support;
        }

        if (Has("schulung", "training", "fortbildung"))
        {
            return CostType.Training;
        }

        if (Has("beratung", "customizing", "dienstleistung", "consulting", "anpassung"))
        {
            return CostType.Consulting;
        }

        return CostType.Other;
    }

    private static CostKind? ExplicitKind(IEnumerable<string> tokens)
    {
        foreach (var token in tokens)
        {
            if (token is "plan" or "planwert" or "plankosten" or "soll" or "ansatz" or "haushaltsansatz" or "prognose" or "planung")
            {
                return CostKind.Plan;
            }

            if (token is "ist" or "istwert" or "istkosten" or "ergebnis" or "tatsaechlich")
            {
                return CostKind.Actual;
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?<!\d)(19[5-9]\d|20\d\d|21\d\d)(?!\d)")]
    private static partial Regex Year();
}
