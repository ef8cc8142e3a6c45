namespace ItInventory.Core.Analysis.LockIn;

/// <summary>
/// The catalogue of indicators L1-L13. Default weights add up to 100, so with defaults a weight reads as "points
/// at most". They lean on the EU Cloud Sovereignty Framework (2025), which weights supply chain highest (20 %) and
/// technology/open standards, operations and strategy next (15 % each); here: exit (export, alternatives, switching
/// cost) first, technical openness second, contract and jurisdiction last.
/// </summary>
public static class LockInIndicators
{
    public static readonly LockInIndicator L1 = new("L1", "Proprietäres Datenformat", 10m,
        "Daten nur im Herstellerformat machen jede Migration zur Konvertierung mit Datenverlustrisiko; ein unterstützter Standard ist der Ausweg.");
    public static readonly LockInIndicator L2 = new("L2", "Keine dokumentierte Schnittstelle", 8m,
        "Ohne dokumentierte API lassen sich weder Nachbarsysteme anbinden noch ein Parallelbetrieb beim Wechsel aufbauen.");
    public static readonly LockInIndicator L3 = new("L3", "Kein offener Datenexport", 12m,
        "Der vollständige maschinenlesbare Export ist die Voraussetzung jedes Ausstiegs; der EU Data Act verlangt ihn für Cloud-Dienste.");
    public static readonly LockInIndicator L4 = new("L4", "Keine Alternativen am Markt", 14m,
        "Ohne Alternativprodukt gibt es keinen Wettbewerb in der Ausschreibung und keine Verhandlungsmacht; die Lieferkette wiegt im EU-Rahmenwerk am schwersten.");
    public static readonly LockInIndicator L5 = new("L5", "Vertragsbindung", 6m,
        "Lange Laufzeiten, stillschweigende Verlängerung und lange Kündigungsfristen binden nur auf Zeit und lassen sich mit Fristenkontrolle planen.");
    public static readonly LockInIndicator L6 = new("L6", "Hohe Wechselkosten", 12m,
        "Migrationskosten von mehreren Jahreskosten machen einen Wechsel haushalterisch unattraktiv, selbst wenn er technisch möglich ist.");
    public static readonly LockInIndicator L7 = new("L7", "Kein Quellcode-Escrow", 3m,
        "Escrow schützt nur bei Insolvenz des Anbieters und wird selten gezogen, daher geringes Gewicht.");
    public static readonly LockInIndicator L8 = new("L8", "Betrieb nur beim Anbieter", 7m,
        "Wer den Betreiber nicht wählen kann, kann weder ins kommunale Rechenzentrum wechseln noch selbst betreiben.");
    public static readonly LockInIndicator L9 = new("L9", "Bündelung mit Anbieter-Suite", 5m,
        "Gebündelte Produkte lassen sich nur gemeinsam ablösen und verteuern den Wechsel einzelner Verfahren.");
    public static readonly LockInIndicator L10 = new("L10", "Preissteigerungen über VPI", 8m,
        "Preiserhöhungen über dem Verbraucherpreisindex oder einseitige Preisklauseln zeigen, dass der Anbieter Marktmacht tatsächlich nutzt.");
    public static readonly LockInIndicator L11 = new("L11", "Erzwungene Versionswechsel oder Abkündigung", 5m,
        "Erzwungene Updates und angekündigtes Produktende geben dem Anbieter den Zeitplan vor, meist zugunsten seines Nachfolgeprodukts.");
    public static readonly LockInIndicator L12 = new("L12", "Rechtsraum außerhalb der EU", 5m,
        "Ein Anbieter oder Betreiber außerhalb der EU unterliegt fremdem Recht; bei kommunalen Fachverfahren selten, daher mittleres Gewicht.");
    public static readonly LockInIndicator L13 = new("L13", "Know-how nur beim Anbieter", 5m,
        "Fehlt eigenes Betriebswissen, hängt jede Änderung und jeder Ausstieg von der Mitwirkung des Anbieters ab.");

    public static IReadOnlyList<LockInIndicator> All { get; } = [L1, L2, L3, L4, L5, L6, L7, L8, L9, L10, L11, L12, L13];

    /// <summary>A fresh, case-insensitive dictionary of the default weights, for options binding.</summary>
    public static Dictionary<string, decimal> DefaultWeights() =>
        All.ToDictionary(i => i.Code, i => i.DefaultWeight, StringComparer.OrdinalIgnoreCase);
}
