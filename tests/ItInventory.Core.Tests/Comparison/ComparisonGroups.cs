using ItInventory.Core.Comparison;
using ItInventory.Core.Domain;
using ItInventory.Core.Domain.Tenants;

namespace ItInventory.Core.Tests.Comparison;

/// <summary>Hand-built municipalities for the comparison tests: one market product each, costs for 2024 and 2025.</summary>
internal static class ComparisonGroups
{
    public const int Year = 2025;

    public static ComparisonMember Member(int id, int inhabitants, decimal cost2024, decimal cost2025, int users,
        FederalState state = FederalState.Hessen, InterfaceKind interfaceKind = InterfaceKind.MessageFormat,
        string product = "meldewesen", ContractTerms? terms = null, bool confidential = false, int? cases = null, bool? online = null) =>
        new(id, inhabitants, state,
        [
            new MemberProduct(product, "EWO", "musterwerk", users,
                confidential ? new Dictionary<int, decimal>() : new Dictionary<int, decimal> { [2024] = cost2024, [Year] = cost2025 },
                interfaceKind, terms, cases, online),
        ]);

    /// <summary>n members of 50,000 inhabitants paying 10,000 € + 1,000 € per member index, 10 users each.</summary>
    public static List<ComparisonMember> Uniform(int n, FederalState state = FederalState.Hessen, int firstId = 1) =>
        Enumerable.Range(firstId, n).Select(i => Member(i, 50_000, 10_000m, 10_000m + 1_000m * i, 10, state)).ToList();

    public static ContractTerms Terms(int notice, PriceAdjustmentKind clause, bool exit) => new(notice, clause, exit);
}
