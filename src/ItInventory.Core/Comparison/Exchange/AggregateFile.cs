using ItInventory.Core.Domain.Tenants;

namespace ItInventory.Core.Comparison.Exchange;

/// <summary>
/// What a Vergleichsstelle publishes (schema docs/comparison/aggregate-v1.schema.json): for one fiscal year, the
/// group figures of all senders and of each size class and each Land, each already under the k rule (groups below k
/// are absent, medians smoothed and rounded, quartiles only from groups of ten). Never one sender's figure.
/// </summary>
public sealed record AggregateFile(
    int SchemaVersion,
    DateOnly CreatedOn,
    int Year,
    int MinimumGroup,
    int Senders,
    IReadOnlyList<AggregateView> Views)
{
    public const int CurrentVersion = 1;

    /// <summary>The view for the filter, or null when the aggregate has none (no group of that filter reached k).</summary>
    public AggregateView? ViewFor(ComparisonFilter filter) =>
        Views.FirstOrDefault(v => v.SizeClass == filter.SizeClass && v.State == filter.State);
}

/// <summary>The groups of the senders of one size class and/or Land (both null: all senders).</summary>
public sealed record AggregateView(
    SizeClass? SizeClass,
    FederalState? State,
    IReadOnlyList<AggregateFigure> Figures,
    IReadOnlyList<TermShares> Shares,
    IReadOnlyList<JointDemand> Demands);

public sealed record AggregateFigure(ComparisonScope Scope, string Key, ComparisonMetric Metric, GroupSummary Group);
