using System.Globalization;
using ItInventory.Core.Domain;
using Microsoft.AspNetCore.WebUtilities;

namespace ItInventory.Web.Features.Costs;

/// <summary>
/// The cost list's filters as a query string, so a view ("Wartung 2025 im Ordnungsamt") can be bookmarked and shared.
/// Parameter names are German because users see and send these addresses.
/// </summary>
public static class CostListUrl
{
    public const string Path = "/kosten";
    public const string YearKey = "jahr";
    public const string SearchKey = "produkt";
    public const string DepartmentKey = "amt";
    public const string VendorKey = "anbieter";
    public const string CostTypeKey = "kostenart";
    public const string KindKey = "art";

    /// <summary>Without a year in the address the list shows the current year, so "all years" needs a word of its own.</summary>
    public const string AllYears = "alle";

    /// <summary>The address of a view; the current year is the default and is left out.</summary>
    public static string For(CostLineQuery query, int currentYear)
    {
        var parameters = new List<KeyValuePair<string, string?>>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) parameters.Add(new(key, value));
        }

        if (query.Year != currentYear) Add(YearKey, query.Year?.ToString(CultureInfo.InvariantCulture) ?? AllYears);
        Add(SearchKey, query.ProductSearch?.Trim());
        Add(DepartmentKey, query.DepartmentId?.ToString(CultureInfo.InvariantCulture));
        Add(VendorKey, query.VendorId?.ToString(CultureInfo.InvariantCulture));
        Add(CostTypeKey, query.CostType?.ToString());
        Add(KindKey, query.Kind?.ToString());
        return QueryHelpers.AddQueryString(Path, parameters);
    }

    /// <summary>Reads the filters from query-string values; anything unknown or malformed falls back to the default.</summary>
    public static CostLineQuery Parse(string? year, string? search, int? department, int? vendor, string? costType, string? kind, int currentYear) => new()
    {
        Year = ParseYear(year, currentYear),
        ProductSearch = string.IsNullOrWhiteSpace(search) ? null : search.Trim(),
        DepartmentId = department,
        VendorId = vendor,
        CostType = Enum.TryParse<CostType>(costType, ignoreCase: true, out var type) && Enum.IsDefined(type) ? type : null,
        Kind = Enum.TryParse<CostKind>(kind, ignoreCase: true, out var k) && Enum.IsDefined(k) ? k : null,
    };

    private static int? ParseYear(string? text, int currentYear)
    {
        if (string.Equals(text, AllYears, StringComparison.OrdinalIgnoreCase)) return null;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= CostLineService.MinYear and <= CostLineService.MaxYear
            ? year
            : currentYear;
    }
}
