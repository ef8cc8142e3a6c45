using ItInventory.Core.Analysis.Compliance;
using ItInventory.Core.Analysis.Concentration;
using ItInventory.Core.Analysis.DataAct;
using ItInventory.Core.Analysis.Deadlines;
using ItInventory.Core.Analysis.LockIn;
using ItInventory.Core.Analysis.Prices;
using ItInventory.Core.Analysis.Services;
using ItInventory.Core.Domain;

namespace ItInventory.Core.Analysis;

/// <summary>
/// Runs every analysis over a snapshot of the inventory as of a date and collects the findings.
/// Retired products are left out; contracts are analysed whatever their products' state.
/// Cost lines are taken up to the year after the as-of year, so next year's plan counts but a far plan does not,
/// and an earlier as-of date shows what was known then.
/// </summary>
public sealed class FindingsEngine(AnalysisOptions options)
{
    private readonly DeadlineCalculator deadlineCalculator = new(options);
    private readonly PriceIncreaseAnalyzer priceAnalyzer = new(options);
    private readonly LockInScorer lockInScorer = new(options);
    private readonly ConcentrationAnalyzer concentrationAnalyzer = new(options);

    // A clause is checked per contract and vendors are summed only for the cumulative view; the product analysis already
    // reports the rest, so the other kinds are not worded there at all.
    private static readonly HashSet<FindingKind> ClauseKinds = [FindingKind.ClauseBreach, FindingKind.UnilateralClause];
    private static readonly HashSet<FindingKind> CumulativeOnly = [FindingKind.CumulativePriceIncrease];

    public FindingsEngine() : this(new AnalysisOptions()) { }

    public IReadOnlyList<Finding> Findings(InventorySnapshot snapshot, DateOnly asOf) => Run(snapshot, asOf).Findings;

    public AnalysisReport Run(InventorySnapshot snapshot, DateOnly asOf)
    {
        var links = new SnapshotLinks(snapshot);
        var index = new PriceIndex(snapshot.PriceIndex);
        var compliance = new ComplianceChecker(snapshot.Standards);
        var findings = new List<Finding>();

        var deadlines = new List<ContractDeadlines>();
        // Each contract once: a product asks for the state of all its contracts, and many products share one.
        var deadlineOf = new Dictionary<Contract, ContractDeadlines>(ReferenceEqualityComparer.Instance);
        foreach (var contract in links.AllContracts)
        {
            var result = deadlineCalculator.Calculate(contract, asOf);
            deadlines.Add(result);
            deadlineOf[contract] = result;
            if (DeadlineFindings.For(contract, result, options) is { } finding)
                findings.Add(finding);
            if (result.IsActive && result.Status != ContractStatus.DataImplausible)
                findings.AddRange(DataActFindings.From(contract, DataActCheck.Check(contract, links.SwitchingFeesOf(contract), asOf)));
        }

        var products = snapshot.Products.Where(p => p.Lifecycle != LifecycleStatus.Retired).ToList();
        // Products are independent of one another, so they are analysed side by side; the results are put together in
        // the products' order, so the report is the same as one worked out product after product.
        var results = SideBySide.Map(products, product => AnalyzeProduct(product, links, deadlineOf, index, compliance, asOf));

        foreach (var result in results)
            findings.AddRange(result.Findings);
        var linesByProduct = new Dictionary<Product, IReadOnlyList<CostLine>>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < products.Count; i++)
            linesByProduct[products[i]] = results[i].Lines;

        var vendorPrices = VendorPrices(products, links, linesByProduct, index);
        findings.AddRange(vendorPrices.SelectMany(p => PriceFindings.From(p, options, CumulativeOnly)));

        var concentration = concentrationAnalyzer.Analyze(results.Select(r => r.Spend));
        findings.AddRange(ConcentrationFindings.From(concentration, options));
        findings.AddRange(ServiceFindings.From(snapshot));

        return new AnalysisReport(asOf, deadlines, [.. results.Select(r => r.Prices)], vendorPrices,
            [.. results.Select(r => r.LockIn)], [.. results.SelectMany(r => r.Gaps)],
            compliance.Shares(products), concentration, Order(findings.Select(f => ImpactSeverity.Calibrate(f, options))));
    }

    private ProductResult AnalyzeProduct(Product product, SnapshotLinks links, IReadOnlyDictionary<Contract, ContractDeadlines> deadlineOf,
        PriceIndex index, ComplianceChecker compliance, DateOnly asOf)
    {
        var findings = new List<Finding>();
        var all = links.CostLinesOf(product);
        var lines = new List<CostLine>(all.Count);
        foreach (var line in all)
        {
            if (line.FiscalYear <= asOf.Year + 1)
                lines.Add(line);
        }

        var contracts = links.ContractsOf(product, lines).Where(c => Counts(deadlineOf.GetValueOrDefault(c) ?? deadlineCalculator.Calculate(c, asOf))).ToList();
        var subject = SubjectRef.Product(product.Id, product.Name);

        var prices = priceAnalyzer.Analyze(new PriceSeries(subject, lines, MainContract(contracts, lines)?.Start), index);
        findings.AddRange(PriceFindings.From(prices, options));
        findings.AddRange(ClauseFindings(subject, contracts, lines, index));

        var runningCost = CostSelection.AnnualRunningCost(lines, asOf.Year);
        var score = lockInScorer.Score(product, new LockInContext
        {
            Contracts = contracts,
            Vendor = links.VendorOf(product),
            OperatorVendor = links.OperatorOf(product),
            AnnualRunningCost = runningCost,
            Prices = PriceSignal.From(prices),
        });
        findings.AddRange(LockInFindings.From(score, options));

        var category = links.CategoryOf(product);
        var gaps = compliance.Gaps(product, category);
        findings.AddRange(ComplianceFindings.From(gaps));

        return new ProductResult(lines, prices, score, gaps, findings, SpendOf(product, category, links, runningCost ?? 0m));
    }

    /// <summary>
    /// Active contracts count for the product; an implausible one is left out (its own finding says so), so the
    /// product's other findings stay what they would be without it.
    /// </summary>
    private static bool Counts(ContractDeadlines deadlines) => deadlines.IsActive && deadlines.Status != ContractStatus.DataImplausible;

    private sealed record ProductResult(IReadOnlyList<CostLine> Lines, PriceAnalysis Prices, LockInScore LockIn,
        IReadOnlyList<ComplianceGap> Gaps, List<Finding> Findings, SpendRecord Spend);

    /// <summary>
    /// The contract whose start the cumulative comparison runs from: the one most of the recurring cost is booked
    /// on, else the oldest active one.
    /// </summary>
    private static Contract? MainContract(IReadOnlyList<Contract> contracts, IReadOnlyList<CostLine> lines)
    {
        if (contracts.Count == 0)
            return null;
        var booked = new Dictionary<int, decimal>();
        foreach (var line in lines)
        {
            if (line.ContractId is { } id)
                booked[id] = booked.GetValueOrDefault(id) + line.Amount;
        }

        return contracts.OrderByDescending(c => booked.GetValueOrDefault(c.Id)).ThenBy(c => c.Start).First();
    }

    /// <summary>
    /// Each contract's clause is checked against the cost lines booked on it; lines without a contract belong to it
    /// only when it is the product's sole active contract, because otherwise a data-centre fee could be measured
    /// against the software vendor's clause.
    /// </summary>
    private IEnumerable<Finding> ClauseFindings(SubjectRef product, IReadOnlyList<Contract> contracts, IReadOnlyList<CostLine> lines, PriceIndex index)
    {
        foreach (var contract in contracts.Where(c => c.PriceAdjustment != PriceAdjustmentKind.None))
        {
            var own = lines.Where(l => l.ContractId == contract.Id || (l.ContractId is null && contracts.Count == 1)).ToList();
            var analysis = priceAnalyzer.Analyze(new PriceSeries(product, own, contract.Start, PriceClause.From(contract)), index);
            foreach (var finding in PriceFindings.From(analysis, options, ClauseKinds))
                yield return finding;
        }
    }

    /// <summary>Vendor sums only where a vendor has several products; with one they repeat the product's analysis.</summary>
    private PriceAnalysis[] VendorPrices(IReadOnlyList<Product> products, SnapshotLinks links,
        IReadOnlyDictionary<Product, IReadOnlyList<CostLine>> linesByProduct, PriceIndex index) =>
        SideBySide.Map(products.GroupBy(p => p.VendorId).Where(g => g.Count() >= 2).ToList(), g =>
        {
            var vendor = links.VendorOf(g.First());
            return priceAnalyzer.AnalyzeVendor(SubjectRef.Vendor(g.Key, vendor?.Name ?? $"Anbieter {g.Key}"),
                g.SelectMany(p => linesByProduct[p]), index);
        });

    /// <summary>Without recorded users, the owning department carries the whole cost.</summary>
    private static SpendRecord SpendOf(Product product, ProductCategory? category, SnapshotLinks links, decimal annualCost)
    {
        var vendor = links.VendorOf(product);
        List<DepartmentShare> departments = product.UsingDepartments.Count > 0
            ? product.UsingDepartments
                .Select(d => new DepartmentShare(d.DepartmentId, links.DepartmentName(d.DepartmentId, d.Department), d.CostSharePercent))
                .ToList()
            : [new DepartmentShare(product.OwnerDepartmentId, links.DepartmentName(product.OwnerDepartmentId, product.OwnerDepartment), 100m)];
        return new SpendRecord(product.Id, product.CategoryId, category?.Name ?? $"Kategorie {product.CategoryId}",
            product.VendorId, vendor?.Name ?? $"Anbieter {product.VendorId}", annualCost, departments);
    }

    /// <summary>One finding per subject, kind, year and title (a shared contract's clause is reported once).</summary>
    private static List<Finding> Order(IEnumerable<Finding> findings) =>
        findings
            .DistinctBy(f => (f.Kind, f.Subject.Kind, f.Subject.Id, f.Year, f.Title))
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.DueDate ?? DateOnly.MaxValue)
            .ThenBy(f => f.Kind)
            .ThenBy(f => f.Subject.Name, StringComparer.Ordinal)
            .ThenBy(f => f.Year)
            .ToList();
}
