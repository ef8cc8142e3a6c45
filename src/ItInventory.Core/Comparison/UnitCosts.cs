using ItInventory.Core.Analysis.Prices;

namespace ItInventory.Core.Comparison;

/// <summary>The unit a running cost is divided by.</summary>
public enum ComparisonUnit { Inhabitant, User, Case }

/// <summary>Running cost per unit and its change from one year to the next, measured against the VPI.</summary>
public static class UnitCosts
{
    /// <summary>Running cost of a year per unit, or null when either is unknown or the unit count is not positive.</summary>
    public static decimal? PerUnit(decimal? runningCost, int? units) =>
        runningCost is { } cost && units is > 0 ? cost / units.Value : null;

    /// <summary>The member's unit count: inhabitants of the municipality, users of the product or cases of its services.</summary>
    public static int? UnitsOf(ComparisonMember member, MemberProduct product, ComparisonUnit unit) => unit switch
    {
        ComparisonUnit.Inhabitant => member.Inhabitants,
        ComparisonUnit.User => product.Users,
        _ => product.Cases,
    };

    /// <summary>The change's excess over the VPI's change in the same year, in rate (0.03 = 3 points above).</summary>
    public static decimal? AboveIndex(decimal? change, IndexChange? index) =>
        change is { } c && index is not null ? c - index.Rate : null;
}
