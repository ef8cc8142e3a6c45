using ItInventory.Core.Analysis.Deadlines;
using ItInventory.Core.Domain;

namespace ItInventory.Core.Analysis.Exit;

/// <summary>When one contract that binds the product can end at the earliest, and when once a successor is procured.</summary>
/// <param name="NextTermination">The next possible termination from the deadline rules; null when they cannot tell.</param>
/// <param name="RealisticTermination">The first possible termination on or after the day the successor can be ready.</param>
public sealed record ContractExit(
    int ContractId,
    string ContractName,
    DateOnly? NextTermination,
    DateOnly? NoticeDeadline,
    DateOnly? DecisionDate,
    DateOnly? RealisticTermination,
    string? Note);

/// <summary>
/// The product's exit dates: the latest next termination of the contracts binding it (all must end), and the realistic
/// date once the successor's procurement lead time is added. Null dates mean "unbekannt", explained in the notes.
/// </summary>
public sealed record ExitDate(
    IReadOnlyList<ContractExit> Contracts,
    DateOnly SuccessorReadyOn,
    DateOnly? EarliestExit,
    DateOnly? RealisticExit,
    IReadOnlyList<string> Notes)
{
    /// <summary>The notice deadline of the contract that ends last: the first one that must not be missed.</summary>
    public DateOnly? FirstNoticeDeadline => Contracts.Select(c => c.NoticeDeadline).Where(d => d is not null).Min();

    /// <summary>The earliest decision date of the binding contracts.</summary>
    public DateOnly? FirstDecisionDate => Contracts.Select(c => c.DecisionDate).Where(d => d is not null).Min();
}

/// <summary>
/// Works out exit dates from the one deadline rule (<see cref="DeadlineCalculator"/>); it asks that rule again from
/// later dates instead of computing notice periods of its own.
/// </summary>
public sealed class ExitDateCalculator(DeadlineCalculator deadlines, ExitOptions options)
{
    // Each step moves past one possible termination; a monthly contract 10 years out needs 120.
    private const int MaxSteps = 1_000;

    public ExitDate Calculate(IEnumerable<Contract> contracts, IReadOnlyDictionary<int, Vendor> vendors, DateOnly asOf)
    {
        var ready = asOf.AddMonths(Math.Clamp(options.ProcurementLeadMonths, 0, 120));
        var exits = new List<ContractExit>();
        var notes = new List<string>();
        foreach (var contract in contracts)
        {
            var now = deadlines.Calculate(contract, asOf);
            if (!now.IsActive)
                continue;
            var name = DeadlineFindings.NameOf(contract);
            var realistic = now.NextTerminationDate is null ? null : FirstTerminationFrom(contract, ready, asOf);
            var note = now.Note;
            if (IsDataCentreMembership(contract, vendors))
                note = Join("Austritt aus dem Zweckverband nach dessen Satzung (Kündigung der Mitgliedschaft); die Fristen des Vertrags geben sie wieder.", note);
            if (now.NextTerminationDate is null)
                notes.Add($"Vertrag {name}: nächster Kündigungstermin unbekannt{(now.Note is null ? "" : $" ({now.Note})")}.");
            exits.Add(new ContractExit(contract.Id, name, now.NextTerminationDate, now.NoticeDeadline, now.DecisionDate, realistic, note));
        }

        if (exits.Count == 0)
            notes.Add("Kein laufender Vertrag bindet das Produkt; der Ausstieg hängt nur an der Beschaffung des Nachfolgers.");
        var earliest = exits.Count == 0 ? asOf : LatestOrUnknown(exits.Select(e => e.NextTermination));
        var realisticExit = exits.Count == 0 ? ready : LatestOrUnknown(exits.Select(e => e.RealisticTermination));
        return new ExitDate(exits, ready, earliest, realisticExit, notes);
    }

    /// <summary>
    /// The first possible termination on or after <paramref name="from"/>. A contract that ends before it by itself must
    /// be bridged until the successor is ready, so the successor's date counts then.
    /// </summary>
    private DateOnly? FirstTerminationFrom(Contract contract, DateOnly from, DateOnly asOf)
    {
        // Start asking from the notice period before the wished date, the latest day notice for it could be given;
        // the rule itself then says which termination that reaches.
        var probe = Max(asOf, from.AddMonths(-Math.Clamp(contract.NoticePeriodMonths, 0, 1_200)));
        for (var step = 0; step < MaxSteps; step++)
        {
            var result = deadlines.Calculate(contract, probe);
            if (!result.IsActive || result.NextTerminationDate is not { } end)
                return result.IsActive ? null : from;
            if (end >= from)
                return end;
            if (result.NoticeDeadline is null && result.Status is ContractStatus.Expiring or ContractStatus.Running)
                return from; // ends by itself before the successor is ready
            var next = (result.NoticeDeadline ?? end).AddDays(1);
            probe = next > probe ? next : probe.AddDays(1);
        }
        return null;
    }

    private static bool IsDataCentreMembership(Contract contract, IReadOnlyDictionary<int, Vendor> vendors) =>
        contract.EvbItType == EvbItType.PublicLawAgreement
        && vendors.TryGetValue(contract.VendorId, out var vendor) && vendor.Kind == VendorKind.MunicipalDataCentre;

    private static DateOnly? LatestOrUnknown(IEnumerable<DateOnly?> dates)
    {
        DateOnly? latest = null;
        foreach (var date in dates)
        {
            if (date is null)
                return null;
            if (latest is null || date > latest)
                latest = date;
        }
        return latest;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static string Join(string a, string? b) => b is null ? a : $"{a} {b}";
}
