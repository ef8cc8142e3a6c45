using ItInventory.Core.Analysis.Prices;
using ItInventory.Core.Domain;

namespace ItInventory.Web.Features.Costs;

/// <summary>A line of the same product, year, cost type and kind that a new entry may replace.</summary>
public sealed record SameKindLine(int Id, Guid Version, decimal Amount, string? Contract, string? InvoiceReference);

/// <summary>
/// What saving an entry would do to its product's year: the year's total before and after by the year-cost rule
/// (<see cref="YearCostRule"/>, as the product list and the findings count it), and the lines it could replace.
/// </summary>
public sealed record CostEntryImpact(int Year, decimal TotalBefore, decimal TotalAfter, IReadOnlyList<SameKindLine> SameKind)
{
    /// <summary>The change as a rate, or null from a year without costs.</summary>
    public decimal? ChangeRate => TotalBefore == 0m ? null : (TotalAfter - TotalBefore) / TotalBefore;

    /// <param name="yearLines">The product's lines of the year as stored.</param>
    /// <param name="entry">The line as it would be saved.</param>
    /// <param name="replacedId">The stored line the entry replaces (an edit, or a replacement chosen); null adds it.</param>
    public static CostEntryImpact Of(IReadOnlyList<CostLine> yearLines, CostLine entry, int? replacedId, IReadOnlyList<SameKindLine> sameKind)
    {
        var before = YearCostRule.CountingLines(yearLines).Sum(l => l.Amount);
        var after = YearCostRule.CountingLines(yearLines.Where(l => l.Id != replacedId).Append(entry)).Sum(l => l.Amount);
        return new CostEntryImpact(entry.FiscalYear, before, after, sameKind);
    }
}
