using ItInventory.Core.Domain;

namespace ItInventory.Web.Features.Contracts;

/// <summary>Contract terms and deadline states in the words procurement uses.</summary>
public static class ContractTexts
{
    public static string Months(int months) => months == 1 ? "1 Monat" : $"{months} Monate";

    public static string Notice(int months, NoticeReference reference) =>
        months == 0 ? $"ohne Frist {Labels.Of(reference)}" : $"{Months(months)} {Labels.Of(reference)}";

    public static string PriceClause(PriceAdjustmentKind kind, decimal? percent) =>
        kind == PriceAdjustmentKind.FixedPercent && percent is { } p
            ? $"{Labels.Of(kind)} ({p.ToString("0.##", Formats.German)} % jährlich)"
            : Labels.Of(kind);

    public static string Term(ContractInput c) => c.TermKind switch
    {
        ContractTermKind.FixedEnd when c.FixedEnd is { } end => $"festes Ende am {Formats.Date(end)}",
        ContractTermKind.FixedEnd => $"festes Ende nach {Months(c.MinimumTermMonths ?? 0)}",
        ContractTermKind.Renewing =>
            $"{MinimumTerm(c.MinimumTermMonths)}, danach Verlängerung um je {Months(c.RenewalPeriodMonths ?? 0)}"
            + (c.TacitRenewal ? " (stillschweigend)" : " (nur ausdrücklich)"),
        _ => c.MinimumTermMonths is > 0 ? $"unbefristet, {MinimumTerm(c.MinimumTermMonths)}" : "unbefristet",
    };

    private static string MinimumTerm(int? months) => months is > 0 ? $"Mindestlaufzeit {Months(months.Value)}" : "ohne Mindestlaufzeit";
}
