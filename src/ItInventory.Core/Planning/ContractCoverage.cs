using ItInventory.Core.Analysis.Deadlines;
using ItInventory.Core.Domain;
using static ItInventory.Core.Formatting.Formats;

namespace ItInventory.Core.Planning;

/// <summary>
/// Which contract a product's cost of one type runs under over the horizon, when that contract ends and which
/// contract follows it. When a contract ends follows the deadline calculation (<see cref="DeadlineCalculator"/>):
/// a fixed end, or notice given (an "ended on" date); renewing and open-ended contracts continue with their renewals.
/// </summary>
public sealed record ContractCoverage(Contract? Contract, DateOnly? End, Contract? Successor)
{
    public static readonly ContractCoverage None = new(null, null, null);

    /// <summary>The contract in force in a year: the successor once the first one has ended before the year starts.</summary>
    public Contract? InForce(int year) =>
        End is { } end && Successor is not null && end < new DateOnly(year, 1, 1) ? Successor : Contract;

    /// <summary>The share of a year's days the product is covered by a contract: 1 without an end, 0 after it.</summary>
    public (int Covered, int Days) CoveredDays(int year)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var days = last.DayNumber - first.DayNumber + 1;
        if (End is not { } end || end >= last)
            return (days, days);
        var covered = end < first ? 0 : end.DayNumber - first.DayNumber + 1;
        if (Successor is { } next && next.Start <= last)
        {
            var from = next.Start < first ? first : next.Start;
            var successorEnd = EndOf(next, first) is { } e && e < last ? e : last;
            covered += Math.Max(0, successorEnd.DayNumber - Math.Max(from.DayNumber, end.DayNumber + 1) + 1);
        }

        return (Math.Min(covered, days), days);
    }

    /// <summary>"Vertrag V-1 endet am 30.06.2028; kein Nachfolger geplant" and the like; null while nothing ends.</summary>
    public string? EndWording(int year)
    {
        if (End is not { } end || end.Year > year || Contract is null)
            return null;
        var ending = $"Vertrag {DeadlineFindings.NameOf(Contract)} endet am {Date(end)}";
        return Successor is { } next
            ? $"{ending}; Nachfolgevertrag {DeadlineFindings.NameOf(next)} ab {Date(next.Start)}"
            : $"{ending}; kein Nachfolger geplant";
    }

    /// <summary>
    /// The contract for a product's cost type: the one its latest lines are booked on, else the product's only
    /// contract still running at the start of the running year, else the product vendor's (or, for hosting, the
    /// operator's) contract.
    /// </summary>
    public static ContractCoverage For(Product product, CostType costType, IEnumerable<CostLine> latestLines, int runningYear, bool productEnds)
    {
        var asOf = new DateOnly(runningYear, 1, 1);
        var current = product.Contracts.Where(c => EndOf(c, asOf) is not { } end || end >= asOf).ToList();
        var booked = latestLines.Where(l => l.ContractId is not null)
            .GroupBy(l => l.ContractId!.Value).OrderByDescending(g => g.Sum(l => l.Amount)).Select(g => g.Key).ToList();
        var contract = booked.Select(id => product.Contracts.FirstOrDefault(c => c.Id == id)).FirstOrDefault(c => c is not null)
            ?? (current.Count == 1 ? current[0] : null)
            ?? current.Where(c => c.VendorId == (costType == CostType.Hosting ? product.OperatorVendorId ?? product.VendorId : product.VendorId))
                .OrderBy(c => c.Start).FirstOrDefault();
        if (contract is null)
            return None;

        var contractEnd = EndOf(contract, asOf);
        // A product being phased out has no successor: its cost stops with its contract.
        var successor = contractEnd is null || productEnds
            ? null
            : product.Contracts.Where(c => c != contract && c.Start > contract.Start && c.Start > asOf
                                           && (EndOf(c, asOf) is not { } e || e > contractEnd))
                .OrderBy(c => c.Start).FirstOrDefault();
        return new ContractCoverage(contract, contractEnd, successor);
    }

    /// <summary>The last day of a contract if it ends by itself or by notice given, else null (it continues).</summary>
    public static DateOnly? EndOf(Contract contract, DateOnly asOf)
    {
        var deadlines = new DeadlineCalculator().Calculate(contract, asOf);
        return deadlines.Status switch
        {
            ContractStatus.Ended or ContractStatus.Terminated => deadlines.CurrentTermEnd,
            _ when contract.TermKind == ContractTermKind.FixedEnd => deadlines.CurrentTermEnd,
            _ => null,
        };
    }
}
