using ItInventory.Core.Analysis;

namespace ItInventory.Web.Features.Findings;

public static class FindingLabels
{
    public static string Of(FindingKind kind) => kind switch
    {
        FindingKind.PriceIncrease => "Preissteigerung über Index",
        FindingKind.CumulativePriceIncrease => "Kumulierte Preissteigerung",
        FindingKind.ClauseBreach => "Verstoß gegen Preisklausel",
        FindingKind.UnilateralClause => "Einseitige Preisklausel",
        FindingKind.LockInHard => "Harter Lock-in",
        FindingKind.LockInHigh => "Hoher Lock-in",
        FindingKind.ComplianceGap => "Standard-Lücke",
        FindingKind.NoticeDeadline => "Kündigungsfrist",
        FindingKind.ContractExpiry => "Vertragsende",
        FindingKind.ContractDataIncomplete => "Vertragsdaten unvollständig",
        FindingKind.VendorConcentration => "Anbieterkonzentration",
        FindingKind.VendorDependency => "Abhängigkeit von Anbieter",
        FindingKind.DataImplausible => "Daten unplausibel",
        FindingKind.ServiceNotOnline => "Leistung nicht online",
        FindingKind.ServiceMediaBreak => "Medienbruch bei Leistung",
        FindingKind.ServiceProcedureWithoutInterface => "Fachverfahren ohne Schnittstelle",
        FindingKind.ServiceProcedurePhaseOut => "Fachverfahren ohne Nachfolger",
        FindingKind.DataActBreach => "Verstoß gegen EU Data Act",
        _ => kind.ToString(),
    };

    public static string Of(Severity severity) => severity switch
    {
        Severity.Critical => "kritisch",
        Severity.Warning => "Warnung",
        _ => "Hinweis",
    };

    /// <summary>The order's name in the page's choice.</summary>
    public static string Of(FindingSort sort) => sort switch
    {
        FindingSort.Impact => "nach €-Auswirkung",
        FindingSort.DueDate => "nach Frist",
        _ => "nach Schwere",
    };

    /// <summary>The order in a sentence, e.g. for a workbook's notes: as FindingsService sorts.</summary>
    public static string OrderNote(FindingSort sort) => sort switch
    {
        FindingSort.Impact => "größte €-Auswirkung zuerst, dann nach Schwere",
        FindingSort.DueDate => "nächste Frist zuerst, dann nach Schwere",
        _ => "schwerste zuerst, dann nach €-Auswirkung",
    };

    public static MudBlazor.Color ColorOf(Severity severity) => severity switch
    {
        Severity.Critical => MudBlazor.Color.Error,
        Severity.Warning => MudBlazor.Color.Warning,
        _ => MudBlazor.Color.Info,
    };

    public static string IconOf(Severity severity) => severity switch
    {
        Severity.Critical => MudBlazor.Icons.Material.Filled.Error,
        Severity.Warning => MudBlazor.Icons.Material.Filled.Warning,
        _ => MudBlazor.Icons.Material.Filled.Info,
    };
}
