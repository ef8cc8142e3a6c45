using ItInventory.Core.Comparison;

namespace ItInventory.Web.Features.Comparison;

/// <summary>
/// The page "Vergleich" of one municipality: its own figures beside the groups' published figures, and the joint
/// demands. Names are those of the shared market catalogue and of categories, never of another municipality.
/// </summary>
/// <param name="Source">Where the groups come from when not from this installation: an imported aggregate.</param>
public sealed record ComparisonView(
    bool TakesPart,
    int Year,
    int MinimumGroup,
    IReadOnlyList<ComparisonLine> Lines,
    IReadOnlyList<ShareLine> Shares,
    IReadOnlyList<DemandLine> Demands,
    string? Source = null);

/// <param name="Subject">The market product (with its vendor) or the category the group is about.</param>
/// <param name="OwnPosition">Against an imported aggregate, the quarter or half the own figure falls into (no percentile).</param>
public sealed record ComparisonLine(ComparisonScope Scope, string Subject, ComparisonMetric Metric, GroupSummary Group, decimal? Own, int? OwnPercentile,
    string? OwnPosition = null);

public sealed record ShareLine(string Subject, TermShares Shares);

public sealed record DemandLine(string Vendor, string Product, JointDemandKind Kind, int Members, int SharePercent);

/// <summary>What the own municipality shares, exactly as the comparison reads it, before it decides to take part.</summary>
public sealed record SharePreview(bool TakesPart, string? SizeClass, string State, IReadOnlyList<SharedProduct> Products, IReadOnlyList<string> Withheld);

public sealed record SharedProduct(string MarketProduct, int? Users, IReadOnlyDictionary<int, decimal> RunningCostByYear, string Interface, ContractTerms? Terms);

/// <summary>The comparison figures of some own products, e.g. one vendor's in its Verhandlungsmappe.</summary>
/// <param name="Linked">How many of the products are linked to the market catalogue (only those can be compared).</param>
/// <param name="WithoutGroup">Linked products whose group is smaller than the minimum: nothing may be shown of them.</param>
public sealed record ProductComparison(
    bool TakesPart,
    int Year,
    int MinimumGroup,
    int Linked,
    IReadOnlyList<ProductFigure> Figures,
    IReadOnlyList<string> WithoutGroup);

public sealed record ProductFigure(int ProductId, string Product, ComparisonMetric Metric, GroupSummary Group, decimal? Own, int? OwnPercentile);
