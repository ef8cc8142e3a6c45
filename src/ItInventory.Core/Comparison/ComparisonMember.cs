using ItInventory.Core.Domain;
using ItInventory.Core.Domain.Tenants;

namespace ItInventory.Core.Comparison;

/// <summary>
/// One participating municipality's figures as the comparison reads them. It carries no name, key or exact
/// inhabitants beyond the computation: <see cref="Inhabitants"/> divides costs and never leaves the engine.
/// </summary>
public sealed record ComparisonMember(int MemberId, int? Inhabitants, FederalState? State, IReadOnlyList<MemberProduct> Products)
{
    public SizeClass? SizeClass => SizeClasses.Of(Inhabitants);
}

/// <summary>
/// A municipality's use of one market product: running cost per fiscal year (empty when a contract forbids disclosing
/// its prices), users, the interface kind it gets, the contract terms it has, the yearly cases of the city services
/// it serves (null when none with a case number), and whether those services can be applied for online: every one of
/// them with a recorded OZG maturity level reaches level 3, the online application (null when none has a level).
/// </summary>
public sealed record MemberProduct(
    string MarketProductKey,
    string CategoryCode,
    string VendorKey,
    int? Users,
    IReadOnlyDictionary<int, decimal> RunningCostByYear,
    InterfaceKind Interface,
    ContractTerms? Terms,
    int? Cases = null,
    bool? OnlineApplication = null);

/// <summary>The contract terms compared as shares of users: long notice, price clause kind, exit support.</summary>
public sealed record ContractTerms(int NoticePeriodMonths, PriceAdjustmentKind PriceClause, bool ExitSupport);

/// <summary>The best interface a product offers, the field's central demand being a real service API.</summary>
public enum InterfaceKind { Proprietary, MessageFormat, ServiceApi }

public static class InterfaceKinds
{
    /// <summary>The best kind among the standards a product supports (fully or partly).</summary>
    public static InterfaceKind Of(IEnumerable<(StandardKind Kind, SupportStatus Status)> support)
    {
        var supported = support.Where(s => s.Status is SupportStatus.Supported or SupportStatus.Partial).Select(s => s.Kind).ToList();
        if (supported.Contains(StandardKind.ServiceApi))
            return InterfaceKind.ServiceApi;
        return supported.Contains(StandardKind.MessageFormat) ? InterfaceKind.MessageFormat : InterfaceKind.Proprietary;
    }

    public static string Label(InterfaceKind kind) => kind switch
    {
        InterfaceKind.ServiceApi => "Service-API",
        InterfaceKind.MessageFormat => "Nachrichtenformat",
        _ => "proprietär",
    };
}
