using ItInventory.Core.Analysis.Deadlines;
using ItInventory.Core.Domain;
using static ItInventory.Core.Planning.CostProjector;

namespace ItInventory.Core.Planning;

/// <summary>One contract's projected cost in the planning years that the city cannot avoid any more by notice.</summary>
/// <param name="EarliestEnd">The earliest end the contract can still reach by notice given at the start of the budget year.</param>
/// <param name="Amounts">The committed amount per planning year after the budget year(s).</param>
public sealed record Commitment(int ProductId, CostType CostType, Contract Contract, DateOnly EarliestEnd, IReadOnlyDictionary<int, decimal> Amounts)
{
    /// <summary>The contract as findings name it ("V-1 Pflege").</summary>
    public string ContractName => DeadlineFindings.NameOf(Contract);
}

/// <summary>
/// Verpflichtungsermächtigungen: a contract that, given notice at the start of the budget year, still runs into the
/// planning years binds the budget of those years. Its committed cost there is the projected cost up to its earliest
/// possible end (by days in the year it can end); the budget must authorise that commitment per year.
/// </summary>
public static class CommitmentAuthorisations
{
    public static IReadOnlyList<Commitment> For(Projection projection)
    {
        var horizon = projection.Horizon;
        var budgetStart = new DateOnly(horizon.BudgetYear, 1, 1);
        var planningYears = horizon.Years.Where(y => y >= horizon.BudgetYear + horizon.BudgetYears).ToList();
        var commitments = new List<Commitment>();
        foreach (var row in projection.Rows)
        {
            if (row.Coverage is null)
                continue;
            foreach (var group in planningYears.GroupBy(row.Coverage.InForce).Where(g => g.Key is not null))
            {
                var contract = group.Key!;
                var asOf = contract.Start > budgetStart ? contract.Start : budgetStart;
                if (new DeadlineCalculator().Calculate(contract, asOf).NextTerminationDate is not { } earliestEnd)
                    continue;
                var amounts = group
                    .Select(year => (Year: year, Amount: Committed(row.Figures.FirstOrDefault(f => f.Year == year)?.Amount ?? 0m, year, earliestEnd, row.Coverage)))
                    .Where(x => x.Amount > 0m)
                    .ToDictionary(x => x.Year, x => x.Amount);
                if (amounts.Count > 0)
                    commitments.Add(new Commitment(row.ProductId, row.CostType, contract, earliestEnd, amounts));
            }
        }

        return commitments;
    }

    /// <summary>The authorisations needed per planning year: the sum of the commitments, zero where nothing binds.</summary>
    public static IReadOnlyList<(int Year, decimal Amount)> PerYear(Projection projection, IReadOnlyList<Commitment> commitments) =>
        projection.Horizon.Years.Where(y => y >= projection.Horizon.BudgetYear + projection.Horizon.BudgetYears)
            .Select(y => (y, commitments.Sum(c => c.Amounts.GetValueOrDefault(y))))
            .ToList();

    /// <summary>
    /// The part of a year's amount up to the earliest end: all of it, nothing, or the share of the year's covered days
    /// (the amount of a year a contract ends in is already cut to its covered days, so the share is of those).
    /// </summary>
    private static decimal Committed(decimal amount, int year, DateOnly earliestEnd, ContractCoverage coverage)
    {
        var first = new DateOnly(year, 1, 1);
        var (covered, _) = coverage.CoveredDays(year);
        if (amount <= 0m || earliestEnd < first || covered == 0)
            return 0m;
        var bound = earliestEnd.DayNumber - first.DayNumber + 1;
        return bound >= covered ? amount : Cents(amount * bound / covered);
    }
}
