namespace ItInventory.Core.Invoices;

/// <summary>
/// Splits an amount into parts proportional to weights, in whole cents that add up to the amount exactly (largest
/// remainder): a split invoice never gains or loses a cent.
/// </summary>
public static class CentAllocation
{
    public static IReadOnlyList<decimal> Allocate(decimal amount, IReadOnlyList<decimal> weights)
    {
        if (weights.Count == 0) return [];
        var total = weights.Sum();
        if (total == 0m)
        {
            // Nothing to weigh by (lines that cancel out): the whole amount goes to the first part.
            return weights.Select((_, i) => i == 0 ? amount : 0m).ToList();
        }

        var cents = decimal.Round(amount * 100m, 0, MidpointRounding.AwayFromZero);
        var exact = weights.Select(w => cents * w / total).ToList();
        var parts = exact.Select(e => decimal.Truncate(e)).ToList();
        var left = cents - parts.Sum();
        var step = Math.Sign(left);
        // Hand out the remaining cents to the parts whose truncated value lost the most.
        var order = Enumerable.Range(0, parts.Count)
            .OrderByDescending(i => step * (exact[i] - parts[i]))
            .ThenBy(i => i)
            .ToList();
        for (var k = 0; left != 0m; k = (k + 1) % order.Count, left -= step)
            parts[order[k]] += step;
        return parts.Select(p => p / 100m).ToList();
    }
}
