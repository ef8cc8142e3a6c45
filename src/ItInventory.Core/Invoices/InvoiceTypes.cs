using static ItInventory.Core.Formatting.Formats;

namespace ItInventory.Core.Invoices;

/// <summary>Reading BT-3 and a period's two dates, the same for both syntaxes.</summary>
internal static class InvoiceTypes
{
    public static int Parse(string text, string path) =>
        int.TryParse(text, out var code) && InvoiceTypeCodes.Allowed.Contains(code)
            ? code
            : throw new InvoiceFormatException(
                $"BT-3 (Rechnungsart): {Quoted(text)} ist keine Rechnungsart, die XRechnung zulässt " +
                $"(326, 380, 381, 384, 389, 875, 876, 877) ({path}).");
}

internal static class InvoicePeriods
{
    /// <summary>A period needs both days to be split across years; one day alone is taken as a one-day period.</summary>
    public static InvoicePeriod? Of(DateOnly? start, DateOnly? end, string path)
    {
        if (start is null && end is null) return null;
        var from = start ?? end!.Value;
        var to = end ?? start!.Value;
        return to >= from
            ? new InvoicePeriod(from, to)
            : throw new InvoiceFormatException(
                $"Leistungszeitraum: das Ende {Date(to)} liegt vor dem Beginn {Date(from)} ({path}).");
    }
}
