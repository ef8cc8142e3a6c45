namespace ItInventory.Core.Formatting;

/// <summary>A technical term of the overview with a plain-language explanation for the council.</summary>
/// <param name="Anchor">The term's place on the glossary page (<c>/begriffe#anchor</c>).</param>
public sealed record GlossaryEntry(string Term, string Anchor, string Explanation);

/// <summary>
/// Every technical term the overview uses, explained once in plain German: the tooltips on the overview and the page
/// "Begriffe erklärt" read from here, and a test checks that the overview marks each of them.
/// </summary>
public static class Glossary
{
    public static readonly IReadOnlyList<GlossaryEntry> Entries =
    [
        new("Investiv", "investiv", "Ausgaben für etwas, das über Jahre genutzt und im Haushalt aktiviert wird, hier der Kauf unbefristeter Lizenzen. Sie belasten den Ergebnishaushalt nur über Abschreibungen."),
        new("Konsumtiv", "konsumtiv", "Laufende Ausgaben, die im Jahr ihres Anfalls den Ergebnishaushalt belasten: Pflege, Abonnements, Rechenzentrumsleistungen, Support, Schulung und Beratung."),
        new("RZ-Leistungen", "rz", "Leistungen eines (meist kommunalen) Rechenzentrums: Betrieb, Hosting und Betreuung eines Verfahrens gegen Entgelt."),
        new("VPI", "vpi", "Verbraucherpreisindex des Statistischen Bundesamts (2020 = 100). Er zeigt, wie stark die Preise allgemein gestiegen sind; Preiserhöhungen darüber verdienen eine Begründung."),
        new("Prozentpunkte", "prozentpunkte", "Abstand zwischen zwei Prozentwerten: steigt ein Preis um 9 % und der VPI um 2 %, liegt der Preis 7 Prozentpunkte über dem Index."),
        new("Lock-in", "lock-in", "Abhängigkeit von einem Anbieter: ohne offenen Datenexport, mit eigenen Schnittstellen oder ohne Alternative am Markt ist ein Wechsel teuer oder unmöglich. Der Lock-in-Wert (0 bis 100) fasst diese Merkmale zusammen."),
        new("HHI", "hhi", "Herfindahl-Hirschman-Index, ein Maß für Marktkonzentration von 0 bis 10.000: 10.000 heißt, alle Ausgaben einer Kategorie gehen an einen einzigen Anbieter; über 2.500 gilt als hoch konzentriert."),
        new("Service-API", "service-api", "Eine Programmierschnittstelle, über die andere Systeme Daten direkt abfragen und ändern können (z. B. REST mit OpenAPI-Beschreibung). Sie macht Online-Dienste unabhängig vom Anbieter des Fachverfahrens."),
        new("FHIR", "fhir", "Fast Healthcare Interoperability Resources: ein internationaler Standard für Service-APIs im Gesundheitswesen, etwa im Gesundheitsamt."),
        new("XÖV", "xoev", "XML in der öffentlichen Verwaltung: verbindliche Austauschformate wie XMeld oder XPersonenstand. Sie regeln den Nachrichtenaustausch, bieten aber keine Service-API."),
        new("KGSt", "kgst", "Kommunale Gemeinschaftsstelle für Verwaltungsmanagement; ihr Verwaltungsgliederungsplan nummeriert die Ämter (z. B. 20 Kämmerei, 33 Bürgeramt)."),
    ];

    public static GlossaryEntry Of(string term) =>
        Entries.FirstOrDefault(e => string.Equals(e.Term, term, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Kein Glossareintrag für „{term}“.", nameof(term));
}
