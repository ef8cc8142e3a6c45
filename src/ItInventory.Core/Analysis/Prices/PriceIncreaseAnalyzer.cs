using ItInventory.Core.Domain;

namespace ItInventory.Core.Analysis.Prices;

/// <summary>
/// Compares recurring costs year over year and since contract start with the consumer price index, and with the
/// contract's price clause. Thresholds are tested on money, not on rates: an increase is "above" when it exceeds the
/// allowed amount by at least one cent after rounding. That makes "exactly at the threshold" mean what a reader
/// expects even though invoices are rounded to cents and decimal division is not exact.
/// </summary>
public sealed class PriceIncreaseAnalyzer(AnalysisOptions options)
{
    /// <summary>
    /// Recurring costs only: a licence purchase, training or consulting varies with projects, and a year with
    /// more of them is not a price increase.
    /// </summary>
    public static IReadOnlyList<CostType> DefaultRecurringCostTypes { get; } =
        [CostType.Maintenance, CostType.Subscription, CostType.Hosting, CostType.Support];

    public PriceIncreaseAnalyzer() : this(new AnalysisOptions()) { }

    private decimal Tolerance => options.PriceToleranceOverIndexPercentagePoints / 100m;

    private decimal CumulativeTolerance => options.CumulativeToleranceOverIndexPercentagePoints / 100m;

    /// <summary>
    /// Sums the cost lines of all products of a vendor and analyses the sum. Plan/actual choice and volume adjustment
    /// stay per product, so one product's new licences do not count as another product's price increase.
    /// </summary>
    public PriceAnalysis AnalyzeVendor(SubjectRef vendor, IEnumerable<CostLine> linesOfAllProducts, PriceIndex index) =>
        Analyze(new PriceSeries(vendor, linesOfAllProducts.ToList()), index);

    // Loops instead of LINQ groupings here and in Compare: this runs for every product, priced contract and vendor, and
    // at 20,000 products the groupings' garbage kept the collector busy for seconds.
    public PriceAnalysis Analyze(PriceSeries series, PriceIndex index)
    {
        var recurring = options.RecurringCostTypes ?? DefaultRecurringCostTypes;
        var recurringLines = new List<CostLine>(series.Lines.Count);
        foreach (var line in series.Lines)
        {
            if (recurring.Contains(line.CostType))
                recurringLines.Add(line);
        }

        // Ordered by year, product and cost type.
        var selected = CostSelection.Select(recurringLines);
        var lookup = new Dictionary<(int ProductId, CostType CostType, int Year), SelectedCost>(selected.Count);
        foreach (var cost in selected)
            lookup.Add((cost.ProductId, cost.CostType, cost.Year), cost);
        var firstFullYear = series.ContractStart is { } start ? (start.DayOfYear == 1 ? start.Year : start.Year + 1) : (int?)null;

        var comparisons = new List<PriceComparison>();
        var rows = new List<Row>();
        var costTypes = new List<CostType>();
        for (var next = 0; next < selected.Count;)
        {
            var year = selected[next].Year;
            // Only what exists in both years is compared: a cost type or product that appears or disappears is a
            // change of scope, not of price.
            rows.Clear();
            costTypes.Clear();
            for (; next < selected.Count && selected[next].Year == year; next++)
            {
                var current = selected[next];
                if (!lookup.TryGetValue((current.ProductId, current.CostType, year - 1), out var previous) || previous.Amount <= 0m)
                    continue;
                rows.Add(new Row(previous, current));
                if (!costTypes.Contains(current.CostType))
                    costTypes.Add(current.CostType);
            }

            if (rows.Count == 0)
                continue;

            var indexChange = index.Change(year - 1, year, options.MissingIndexPolicy);
            // A partial first contract year would make the next year look like an increase.
            var clause = firstFullYear is null || year - 1 >= firstFullYear ? series.Clause : null;
            costTypes.Sort();
            foreach (var costType in costTypes)
                comparisons.Add(Compare(year, costType, costTypes.Count == 1 ? rows : rows.FindAll(r => r.Current.CostType == costType), indexChange, clause));
            comparisons.Add(Compare(year, null, rows, indexChange, clause: null));
        }

        return new PriceAnalysis(series.Subject, comparisons, Cumulative(comparisons, firstFullYear), series.Clause);
    }

    private PriceComparison Compare(int year, CostType? costType, List<Row> rows, IndexChange? index, PriceClause? clause)
    {
        decimal amount = 0m, comparablePrevious = 0m, previousAmount = 0m;
        var perUnit = false;
        var basis = new ValueBases.Mix();
        var previousBasis = new ValueBases.Mix();
        foreach (var row in rows)
        {
            amount += row.Current.Amount;
            comparablePrevious += row.ComparablePreviousAmount;
            previousAmount += row.Previous.Amount;
            perUnit |= row.IsPerUnit;
            basis.Add(row.Current.Basis);
            previousBasis.Add(row.Previous.Basis);
        }

        var rate = amount / comparablePrevious - 1m;
        var single = rows.Count == 1 ? rows[0] : null;

        bool above = false;
        decimal? impact = null;
        if (index is not null)
        {
            impact = Cents(amount - comparablePrevious * (1m + index.Rate));
            above = Cents(amount - comparablePrevious * (1m + index.Rate + Tolerance)) > 0m;
        }

        return new PriceComparison(
            year, costType,
            previousAmount, amount, comparablePrevious,
            single?.Previous.Quantity, single?.Current.Quantity,
            perUnit, basis.Result, previousBasis.Result,
            rate, index, above, impact,
            CheckClause(clause, amount, comparablePrevious, index));
    }

    private static ClauseCheck? CheckClause(PriceClause? clause, decimal amount, decimal comparablePrevious, IndexChange? index)
    {
        decimal? allowed = clause?.Kind switch
        {
            // A breach of an index clause is a claim against the vendor; an estimated index cannot carry it.
            PriceAdjustmentKind.IndexLinked => index is { IsEstimated: false } ? index.Rate : null,
            PriceAdjustmentKind.FixedPercent => clause.AgreedPercent / 100m,
            _ => null,
        };
        return allowed is { } rate
            ? new ClauseCheck(clause!.Kind, rate, Cents(amount - comparablePrevious * (1m + rate)))
            : null;
    }

    private CumulativeChange? Cumulative(IReadOnlyList<PriceComparison> comparisons, int? firstFullYear)
    {
        var totals = comparisons.Where(c => c.CostType is null && c.Index is not null).ToList();
        if (totals.Count == 0)
            return null;
        // Since contract start, or since the first year on record when the contract is older than the data.
        var baseYear = Math.Max(totals[0].Year - 1, firstFullYear ?? int.MinValue);
        var chained = totals.Where(c => c.Year > baseYear).ToList();
        if (chained.Count == 0)
            return null;

        var costFactor = chained.Aggregate(1m, (f, c) => f * (1m + c.ChangeRate));
        var indexFactor = chained.Aggregate(1m, (f, c) => f * (1m + c.Index!.Rate));
        var last = chained[^1];
        // The last year's amount against what it would be had the costs followed the index since the base year.
        var atIndex = costFactor > 0m ? last.Amount / costFactor * indexFactor : last.Amount;
        var atTolerance = costFactor > 0m ? last.Amount / costFactor * (indexFactor + CumulativeTolerance) : last.Amount;

        return new CumulativeChange(
            chained[0].Year - 1, last.Year,
            costFactor - 1m, indexFactor - 1m,
            chained.Any(c => c.Index!.IsEstimated),
            chained.Any(c => c.IsPerUnit),
            ValueBases.Combine(chained.Select(c => c.Basis).Append(chained[0].PreviousBasis)),
            Cents(last.Amount - atTolerance) > 0m,
            Cents(last.Amount - atIndex),
            chained.Count);
    }

    private static decimal Cents(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    private sealed record Row(SelectedCost Previous, SelectedCost Current)
    {
        public bool IsPerUnit =>
            Previous.Quantity is > 0 && Current.Quantity is > 0 && Previous.Quantity != Current.Quantity;

        public decimal ComparablePreviousAmount =>
            IsPerUnit ? Previous.Amount * Current.Quantity!.Value / Previous.Quantity!.Value : Previous.Amount;
    }
}
