using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ItInventory.Web.Data;

/// <summary>Stores money and percentages with two decimals as whole hundredths (an INTEGER column in SQLite).</summary>
public sealed class CentsConverter() : ValueConverter<decimal, long>(
    value => (long)decimal.Round(value * 100m, 0, MidpointRounding.AwayFromZero),
    cents => FromCents(cents))
{
    /// <summary>A stored value back as the amount; also for code that reads the column without EF (CostLineColumns).</summary>
    public static decimal FromCents(long cents) => cents / 100m;
}
