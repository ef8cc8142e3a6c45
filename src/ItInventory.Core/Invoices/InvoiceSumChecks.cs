using static ItInventory.Core.Formatting.Formats;

namespace ItInventory.Core.Invoices;

/// <summary>
/// The three sums of EN 16931 that must add up (BR-CO-13, BR-CO-15, BR-CO-16), within a cent of rounding:
/// ΣBT-131 − BT-107 + BT-108 = BT-109; BT-109 + BT-110 = BT-112; BT-112 − BT-113 + BT-114 = BT-115.
/// </summary>
public static class InvoiceSumChecks
{
    public const decimal Tolerance = 0.01m;

    /// <summary>The first sum that does not add up, as a German message; null when all three do.</summary>
    public static string? Problem(EInvoice invoice)
    {
        var t = invoice.Totals;
        var lineSum = invoice.Lines.Sum(line => line.NetAmount);
        return Check(lineSum - t.Allowances + t.Charges, t.Net,
                   $"ΣBT-131 ({EuroCents(lineSum)}) − BT-107 ({EuroCents(t.Allowances)}) + BT-108 ({EuroCents(t.Charges)})",
                   "BT-109 (Nettobetrag)")
            ?? Check(t.Net + t.Vat, t.Gross,
                $"BT-109 ({EuroCents(t.Net)}) + BT-110 ({EuroCents(t.Vat)})", "BT-112 (Bruttobetrag)")
            ?? Check(t.Gross - t.Prepaid + t.Rounding, t.Payable,
                $"BT-112 ({EuroCents(t.Gross)}) − BT-113 ({EuroCents(t.Prepaid)}) + BT-114 ({EuroCents(t.Rounding)})",
                "BT-115 (Zahlbetrag)");
    }

    private static string? Check(decimal computed, decimal stated, string formula, string field) =>
        Math.Abs(computed - stated) <= Tolerance
            ? null
            : $"Die Beträge gehen nicht auf: {formula} = {EuroCents(computed)}, aber {field} ist {EuroCents(stated)}.";
}
