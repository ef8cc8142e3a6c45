namespace ItInventory.Core.Analysis.Prices;

/// <summary>Whether an amount comes from actual payments ("Ist"), the plan, or both.</summary>
public enum ValueBasis { Actual, Plan, Mixed }

internal static class ValueBases
{
    public static ValueBasis Combine(IEnumerable<ValueBasis> bases)
    {
        var mix = new Mix();
        foreach (var basis in bases)
            mix.Add(basis);
        return mix.Result;
    }

    /// <summary>The bases seen so far: one kind alone stays itself, several are mixed, none counts as actual.</summary>
    public struct Mix
    {
        private int _seen;

        public void Add(ValueBasis basis) => _seen |= 1 << (int)basis;

        public readonly ValueBasis Result => _seen switch
        {
            0 or 1 << (int)ValueBasis.Actual => ValueBasis.Actual,
            1 << (int)ValueBasis.Plan => ValueBasis.Plan,
            _ => ValueBasis.Mixed,
        };
    }
}
