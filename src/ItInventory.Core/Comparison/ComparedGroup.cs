namespace ItInventory.Core.Comparison;

/// <summary>
/// One member's figures in one group, whatever they come from: the products of a tenant of this installation
/// (<see cref="MemberFigures"/>) or a sender's exchange file. The group rules (k, median, quartiles, shares, joint
/// demands) read only this, so figures of either origin are published by the same rules.
/// </summary>
public interface IGroupFigures
{
    int MemberId { get; }

    string VendorKey { get; }

    InterfaceKind BestInterface { get; }

    ContractTerms? Terms { get; }

    /// <summary>Whether the member's city services on the product (or category) reach OZG maturity 3; null: no level recorded.</summary>
    bool? OnlineApplication { get; }

    decimal? Value(ComparisonMetric metric, ComparisonRequest request);
}

/// <summary>All members' figures about one market product or one category, each member once.</summary>
public sealed record ComparedGroup(ComparisonScope Scope, string Key, IReadOnlyList<IGroupFigures> Group);
