namespace ItInventory.Web.Features.Departments;

/// <summary>Orders KGSt numbers as numbers ("9" before "10"); equal values ("020", "20") fall back to text order.</summary>
public sealed class KgstNumberComparer : IComparer<string>
{
    public static readonly KgstNumberComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        var byValue = ValueOf(x).CompareTo(ValueOf(y));
        return byValue != 0 ? byValue : string.CompareOrdinal(x, y);
    }

    private static decimal ValueOf(string? number) =>
        decimal.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : decimal.MaxValue;
}
