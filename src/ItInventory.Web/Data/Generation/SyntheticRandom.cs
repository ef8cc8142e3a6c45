namespace ItInventory.Web.Data.Generation;

/// <summary>The distributions of the large-instance generator, all drawn from one seeded source so a seed always gives the same inventory.</summary>
internal sealed class SyntheticRandom(int seed)
{
    private readonly Random _random = new(seed);

    public double NextDouble() => _random.NextDouble();

    public int Next(int minInclusive, int maxExclusive) => _random.Next(minInclusive, maxExclusive);

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>Picks by relative weights, e.g. (Active, 75), (Retired, 7).</summary>
    public T Pick<T>(params (T Item, double Weight)[] weighted)
    {
        var roll = _random.NextDouble() * weighted.Sum(w => w.Weight);
        foreach (var (item, weight) in weighted)
        {
            roll -= weight;
            if (roll < 0)
            {
                return item;
            }
        }

        return weighted[^1].Item;
    }

    /// <summary>Standard normal by Box-Muller.</summary>
    public double Normal()
    {
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Right-skewed amounts: most products cost a few thousand euros a year, a few cost hundreds of thousands.</summary>
    public decimal LogNormal(double median, double sigma) => (decimal)(median * Math.Exp(sigma * Normal()));

    /// <summary>Deterministic stand-in for Guid.NewGuid, so versions too repeat with the seed.</summary>
    public Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    public DateOnly DateIn(int year) => new DateOnly(year, 1, 1).AddDays(_random.Next(DateTime.IsLeapYear(year) ? 366 : 365));
}

/// <summary>
/// Zipf's law over ranks 1..n: a few vendors supply most products, a long tail supplies one or two each,
/// as in the municipal software market.
/// </summary>
internal sealed class ZipfDistribution
{
    private readonly double[] _cumulative;

    public ZipfDistribution(int count, double exponent)
    {
        _cumulative = new double[count];
        var sum = 0.0;
        for (var rank = 1; rank <= count; rank++)
        {
            sum += 1.0 / Math.Pow(rank, exponent);
            _cumulative[rank - 1] = sum;
        }

        for (var i = 0; i < count; i++)
        {
            _cumulative[i] /= sum;
        }
    }

    /// <returns>A zero-based rank.</returns>
    public int Sample(SyntheticRandom random)
    {
        var index = Array.BinarySearch(_cumulative, random.NextDouble());
        return Math.Min(index < 0 ? ~index : index, _cumulative.Length - 1);
    }
}
