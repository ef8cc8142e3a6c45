using ItInventory.Core.Analysis.Exit;
using ItInventory.Core.Domain;
using static ItInventory.Core.Formatting.Formats;

namespace ItInventory.Core.Analysis.DataAct;

/// <summary>One requirement of the Data Act against the contract's term; <see cref="Problem"/> says how the term breaks it.</summary>
public sealed record DataActItem(string Article, string Requirement, string Term, CheckState State, string? Problem = null, int? Year = null, decimal? Amount = null);

/// <summary>The Data Act check of a contract; <see cref="Applies"/> is false for contracts the Act does not cover.</summary>
public sealed record DataActResult(bool Applies, string Scope, IReadOnlyList<DataActItem> Items)
{
    public IEnumerable<DataActItem> Breaches => Items.Where(i => i.State == CheckState.NotMet);
}

/// <summary>
/// Checks a cloud or SaaS contract's switching terms against Chapter VI of the EU Data Act (Reg. (EU) 2023/2854).
/// A missing term is "unbekannt", not a breach: the check says what to ask the provider for.
/// </summary>
public static class DataActCheck
{
    /// <summary>Chapter VI applies from this day (Art. 50).</summary>
    public static readonly DateOnly ApplicableFrom = new(2025, 9, 12);

    /// <summary>From this day switching charges are no longer allowed (Art. 29(1)); before, at most direct costs (Art. 29(2)).</summary>
    public static readonly DateOnly NoChargesFrom = new(2027, 1, 12);

    public const int MaxNoticeMonths = 2;
    public const int MaxTransitionalDays = 30;
    /// <summary>Art. 25(4) allows at most 7 months; 215 days is the longest 7 months in the calendar (July to January).</summary>
    public const int MaxUnfeasibleTransitionalDays = 215;
    public const int MinRetrievalDays = 30;

    public static DataActResult Check(Contract contract, IEnumerable<CostLine> contractLines, DateOnly asOf)
    {
        if (!DataProcessingServices.IsCovered(contract))
            return new DataActResult(false, "Kein Datenverarbeitungsdienst im Sinne von Art. 2 Nr. 8 Data Act (z. B. klassisches Hosting im Rechenzentrum); nicht geprüft.", []);
        if (asOf < ApplicableFrom)
            return new DataActResult(false, $"Kapitel VI des Data Act gilt erst ab {Date(ApplicableFrom)} (Art. 50).", []);

        var items = new List<DataActItem>
        {
            Notice(contract),
            Transition(contract),
            Retrieval(contract),
            Described("Art. 25 Abs. 2 lit. e-f", "Erfasste Datenkategorien benannt", contract.SwitchingDataCategories),
            Described("Art. 26", "Exportformate und -verfahren benannt", contract.ExportFormats),
            Fee(contract, asOf),
        };
        items.AddRange(FeeLines(contract, contractLines));
        return new DataActResult(true, "Datenverarbeitungsdienst im Sinne von Art. 2 Nr. 8 Data Act.", items);
    }

    private static DataActItem Notice(Contract contract)
    {
        const string article = "Art. 25 Abs. 2 lit. d";
        const string requirement = "Kündigungsfrist für den Wechsel höchstens 2 Monate";
        return contract.SwitchingNoticeMonths switch
        {
            null => new(article, requirement, Unknown, CheckState.Unknown),
            int m when m <= MaxNoticeMonths => new(article, requirement, MonthsText(m), CheckState.Met),
            int m => new(article, requirement, MonthsText(m), CheckState.NotMet,
                $"Der Vertrag verlangt {MonthsText(m)} Frist, um den Wechsel einzuleiten; erlaubt sind höchstens 2 Monate."),
        };
    }

    private static DataActItem Transition(Contract contract)
    {
        const string article = "Art. 25 Abs. 2 lit. a";
        const string requirement = "Übergangszeitraum höchstens 30 Kalendertage";
        if (contract.TransitionalPeriodDays is not { } days)
            return new(article, requirement, Unknown, CheckState.Unknown);
        var term = $"{days} Tage";
        if (days <= MaxTransitionalDays)
            return new(article, requirement, term, CheckState.Met);
        if (contract.TransitionExtendedByCustomer)
            return new("Art. 25 Abs. 5", requirement, $"{term}, vom Kunden einmal verlängert", CheckState.Met);
        if (contract.TransitionUnfeasibleDeclared)
        {
            return days <= MaxUnfeasibleTransitionalDays
                ? new("Art. 25 Abs. 4", requirement, $"{term}, technische Undurchführbarkeit fristgerecht begründet", CheckState.Met)
                : new("Art. 25 Abs. 4", requirement, term, CheckState.NotMet,
                    $"Auch bei technischer Undurchführbarkeit darf der Übergang höchstens 7 Monate dauern; vereinbart sind {term}.");
        }
        return new(article, requirement, term, CheckState.NotMet,
            $"Der Übergangszeitraum beträgt {term}; erlaubt sind 30 Tage, länger nur nach fristgerechter Erklärung der technischen Undurchführbarkeit (Art. 25 Abs. 4) oder Verlängerung durch den Kunden (Art. 25 Abs. 5).");
    }

    private static DataActItem Retrieval(Contract contract)
    {
        const string article = "Art. 25 Abs. 2 lit. g";
        const string requirement = "Mindestens 30 Tage zum Abruf der Daten";
        return contract.DataRetrievalDays switch
        {
            null => new(article, requirement, Unknown, CheckState.Unknown),
            int d when d >= MinRetrievalDays => new(article, requirement, $"{d} Tage", CheckState.Met),
            int d => new(article, requirement, $"{d} Tage", CheckState.NotMet,
                $"Nach dem Übergang bleiben nur {d} Tage, um die Daten abzurufen; vorgeschrieben sind mindestens 30."),
        };
    }

    private static DataActItem Described(string article, string requirement, string? term) =>
        string.IsNullOrWhiteSpace(term)
            ? new(article, requirement, Unknown, CheckState.Unknown)
            : new(article, requirement, term.Trim(), CheckState.Met);

    private static DataActItem Fee(Contract contract, DateOnly asOf)
    {
        const string requirement = "Wechselentgelte höchstens zu direkten Kosten bis 11.01.2027, ab 12.01.2027 keine";
        if (contract.SwitchingFee is not { } fee)
            return new("Art. 29", requirement, Unknown, CheckState.Unknown);
        var term = fee == 0m ? "kein Wechselentgelt" : $"Wechselentgelt {Euro(fee)}";
        return FeeState(contract, fee, asOf >= NoChargesFrom, term, requirement, year: null);
    }

    /// <summary>Every booked switching or egress fee of this contract is checked against the rule of its fiscal year.</summary>
    private static IEnumerable<DataActItem> FeeLines(Contract contract, IEnumerable<CostLine> lines) =>
        lines.Where(l => l.CostType == CostType.SwitchingFee && l.ContractId == contract.Id && l.Amount > 0m)
            .GroupBy(l => l.FiscalYear).OrderBy(g => g.Key)
            .Select(g => FeeState(contract, g.Sum(l => l.Amount), g.Key >= NoChargesFrom.Year,
                $"Wechselentgelt {g.Key} gebucht: {Euro(g.Sum(l => l.Amount))}", "Gebuchte Wechsel- und Egress-Entgelte", g.Key));

    private static DataActItem FeeState(Contract contract, decimal fee, bool chargesBanned, string term, string requirement, int? year)
    {
        if (fee == 0m)
            return new("Art. 29", requirement, term, CheckState.Met, Year: year);
        if (contract.CustomBuiltExemption)
            return new("Art. 31 Abs. 1", requirement, $"{term}; Ausnahme für Individualleistung", CheckState.Met, Year: year, Amount: fee);
        if (chargesBanned)
        {
            return contract.EgressForParallelUse
                ? new("Art. 34", requirement, $"{term}; Egress für parallele Nutzung zu Kosten", CheckState.Met, Year: year, Amount: fee)
                : new("Art. 29", requirement, term, CheckState.NotMet,
                    $"{term}; ab dem 12.01.2027 darf für den Wechsel kein Entgelt mehr verlangt werden (zu prüfen).", year, fee);
        }
        return contract.SwitchingFeeAtDirectCost
            ? new("Art. 29", requirement, $"{term}, zu direkten Kosten", CheckState.Met, Year: year, Amount: fee)
            : new("Art. 29", requirement, term, CheckState.NotMet,
                $"{term}, ohne Nachweis, dass es die direkten Kosten des Anbieters nicht übersteigt (bis 11.01.2027 die Obergrenze).", year, fee);
    }

    private const string Unknown = "unbekannt";

    private static string MonthsText(int months) => months == 1 ? "1 Monat" : $"{months} Monate";
}
