using ItInventory.Core.Analysis.Prices;
using ItInventory.Core.Domain.Tenants;

namespace ItInventory.Core.Comparison;

/// <summary>Narrows the group to municipalities of one size class and/or one Land; k is checked after it.</summary>
public sealed record ComparisonFilter(SizeClass? SizeClass = null, FederalState? State = null)
{
    public static readonly ComparisonFilter None = new();

    public bool Admits(ComparisonMember member) =>
        (SizeClass is null || member.SizeClass == SizeClass) && (State is null || member.State == State);
}

/// <summary>
/// What to compare: the fiscal year, the VPI change into it (null when not known), the filter and, for a page of one
/// municipality, which member is "own" (its figures are shown beside the group's; nobody else's ever are).
/// </summary>
public sealed record ComparisonRequest(int Year, IndexChange? Index, ComparisonFilter Filter, int? OwnMemberId = null);

/// <summary>A group of municipalities: all users of one market product, or all with products of one category.</summary>
public enum ComparisonScope { MarketProduct, Category }

/// <summary>
/// What is compared. <see cref="CostPerCase"/> (running cost per case of the city services a product serves) stands
/// last so that the earlier values keep their numbers.
/// </summary>
public enum ComparisonMetric { CostPerInhabitant, CostPerUser, ChangeAboveIndex, CostPerCase }

/// <summary>One published figure of a group, with the own municipality's figure and percentile when one is asked for.</summary>
public sealed record ComparisonRow(
    ComparisonScope Scope,
    string Key,
    ComparisonMetric Metric,
    GroupSummary Group,
    decimal? Own,
    int? OwnPercentile);

/// <summary>
/// Shares of a group's members, in whole percent: the interface kind they get and their contract terms (notice over
/// three months, unilateral or index-linked price clause, exit support), and the share whose city services on it can be
/// applied for online (OZG maturity 3 or more). Null members stay out of each share, and a share of fewer than k
/// members with a value is null.
/// </summary>
public sealed record TermShares(
    ComparisonScope Scope,
    string Key,
    int Members,
    int ServiceApiPercent,
    int MessageFormatPercent,
    int ProprietaryPercent,
    int? LongNoticePercent,
    int? UnilateralClausePercent,
    int? IndexLinkedClausePercent,
    int? ExitSupportPercent,
    int? OnlineApplicationPercent = null);
