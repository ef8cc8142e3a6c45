using ItInventory.Web.Infrastructure.Security;

namespace ItInventory.Web.Features.Reports;

/// <summary>A downloadable report: its address (/berichte/{Slug}.xlsx), its German name and who may fetch it.</summary>
/// <param name="FileTitle">The report's name in the file name, e.g. "Inventar" in "Inventar_Musterstadt_2026-11-28.xlsx".</param>
/// <param name="ForOneVendor">The report is about one vendor, named by the parameter anbieter; it is offered on the vendor's pages.</param>
public sealed record ReportDefinition(string Slug, string Title, string FileTitle, string Description, Permission Permission, bool ForOneVendor = false)
{
    public string Path => $"/berichte/{Slug}.xlsx";

    public string PathForVendor(int vendorId) => $"{Path}?{ReportParameters.VendorKey}={vendorId}";
}

public static class ReportCatalog
{
    public static readonly ReportDefinition Inventory = new("inventar", "Inventar", "Inventar",
        "Ein Produkt je Zeile mit Amt, Anbieter, Betrieb, Lebenszyklus, Lizenzen, Kosten des laufenden Jahres, Lock-in-Wert und Standard-Lücken.",
        Permission.Export);

    public static readonly ReportDefinition Costs = new("kosten", "Kosten nach Jahren", "Kosten_nach_Jahren",
        "Kosten je Produkt und Haushaltsjahr (Ist, dann Plan) mit Summen je Amt, Anbieter und Kostenart.",
        Permission.Export);

    public static readonly ReportDefinition Findings = new("auffaelligkeiten", "Auffälligkeiten", "Auffaelligkeiten",
        "Jede Auffälligkeit mit Begründung und €-Auswirkung: Preissteigerungen, Klauseln, Lock-in, Standard-Lücken, Fristen.",
        Permission.Export);

    public static readonly ReportDefinition Contracts = new("vertraege", "Verträge und Fristen", "Vertraege_und_Fristen",
        "Jeder Vertrag mit nächstem Kündigungstermin, Kündigungsfrist und Entscheidungstermin, dringendste zuerst.",
        Permission.Export);

    public static readonly ReportDefinition Council = new("ratsbericht", "Ratsbericht", "Ratsbericht",
        "Die Übersicht als kompakte Arbeitsmappe: Ausgaben, Preissteigerungen, Lock-in, Standards und Fristen.",
        Permission.ViewDashboard);

    public static readonly ReportDefinition FinancialPlan = new("finanzplanung", "Finanzplanung", "Finanzplanung",
        "Die IT-Kosten im laufenden Jahr, im Haushaltsjahr (jahr, Vorgabe: nächstes Jahr) und in drei Planungsjahren für die Kämmerei: "
        + "Summen und Zuwachs über dem Index, je Amt, je Produkt und Kostenart mit Begründung, die Annahmen.",
        Permission.ViewDashboard);

    public static readonly ReportDefinition CityServices = new("leistungen", "Leistungen (OZG)", "Leistungen",
        "Die Verwaltungsleistungen der Stadt nach Fallzahl: Stand der Digitalisierung, Reifegrad, Anbindung, Produkte und Hindernisse; "
        + "die Anbieter, von denen sie abhängen, und die Lage je Lebenslage.",
        Permission.Export);

    public static readonly ReportDefinition Negotiation = new("verhandlungsmappe", "Verhandlungsmappe", "Verhandlungsmappe",
        "Alles für das Gespräch mit einem Anbieter (anbieter=Nummer): Zahlungen an ihn und an andere je Produkt und Jahr, "
        + "Preisentwicklung gegen den Index, Lock-in und Standard-Lücken, Verträge mit Fristen, Auffälligkeiten.",
        Permission.Export, ForOneVendor: true);

    public static readonly ReportDefinition ExitPlanning = new("ausstiegsplanung", "Ausstiegsplanung", "Ausstiegsplanung",
        "Je Produkt frühester und realistischer Ausstieg, Kündigungsfrist, Bereitschaft, Wechselkosten, Alternative und Amortisation; "
        + "die Wechselkosten je Posten mit Grundlage.",
        Permission.Export);

    /// <summary>The reports of the reports page, each for the whole inventory or the filters given.</summary>
    public static readonly IReadOnlyList<ReportDefinition> All = [Inventory, Costs, Findings, Contracts, Council, FinancialPlan, CityServices, ExitPlanning];

    /// <summary>Every report with an address: those of the reports page and those offered on a vendor's pages.</summary>
    public static readonly IReadOnlyList<ReportDefinition> Addressable = [.. All, Negotiation];
}
