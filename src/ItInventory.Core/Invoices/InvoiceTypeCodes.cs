namespace ItInventory.Core.Invoices;

/// <summary>The document types (BT-3, UNTDID 1001) XRechnung 3.0 allows, and what each means for booking.</summary>
public static class InvoiceTypeCodes
{
    public const int PartialInvoice = 326;
    public const int CommercialInvoice = 380;
    public const int CreditNote = 381;
    public const int CorrectedInvoice = 384;
    public const int SelfBilledInvoice = 389;
    public const int PartialConstructionInvoice = 875;
    public const int PartialFinalConstructionInvoice = 876;
    public const int FinalConstructionInvoice = 877;

    public static readonly IReadOnlySet<int> Allowed = new HashSet<int>
    {
        PartialInvoice, CommercialInvoice, CreditNote, CorrectedInvoice, SelfBilledInvoice,
        PartialConstructionInvoice, PartialFinalConstructionInvoice, FinalConstructionInvoice,
    };

    public static bool IsCreditNote(int code) => code == CreditNote;

    /// <summary>A corrected invoice replaces the one it names in BG-3: it is never counted on top of it.</summary>
    public static bool IsCorrection(int code) => code == CorrectedInvoice;

    public static string Label(int code) => code switch
    {
        PartialInvoice => "Teilrechnung",
        CommercialInvoice => "Rechnung",
        CreditNote => "Gutschrift",
        CorrectedInvoice => "Rechnungskorrektur",
        SelfBilledInvoice => "Selbst ausgestellte Rechnung",
        PartialConstructionInvoice => "Abschlagsrechnung (Bau)",
        PartialFinalConstructionInvoice => "Teilschlussrechnung (Bau)",
        FinalConstructionInvoice => "Schlussrechnung (Bau)",
        _ => $"Rechnungsart {code}",
    };
}
