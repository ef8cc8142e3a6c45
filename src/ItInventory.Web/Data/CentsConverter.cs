using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ItInventory.Web.Data;

/// <summary>Stores money and percentages with two decimals as whole hundredths (an INTEGER column in SQLite).</summary>
public sealed class CentsConverter() : ValueConverter<decimal, long>(
    value => (long)decimal.Round(value * 100m, 0, MidpointRounding.AwayFromZero),
    cents => cents / 100m);
