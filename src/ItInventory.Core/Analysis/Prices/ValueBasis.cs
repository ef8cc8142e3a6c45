namespace ItInventory.Core.Analysis.Prices;

/// <summary>Whether an amount comes from actual payments ("Ist"), the plan, or both.</summary>
public enum ValueBasis { Actual, Plan, Mixed }

internal static class ValueBases
{
    public static ValueBasis Combine(IEnumerable<ValueBasis> bases)
    {
        var distinct = bases.Distinct().ToList();
        return distinct.Count == 1 ? distinct[0] : distinct.Count == 0 ? ValueBasis.Actual : ValueBasis.Mixed;
    }
}
