using System.Globalization;
using ItInventory.Core.Domain;
using ItInventory.Core.Validation;
using Microsoft.AspNetCore.WebUtilities;

namespace ItInventory.Web.Features.Products;

/// <summary>
/// The product list's view (search, filters, sort, page) as a query string, so a view can be bookmarked and shared.
/// Parameter names are German because users see and send these addresses.
/// </summary>
public static class ProductListUrl
{
    public const string Path = "/produkte";
    public const string SearchKey = "suche";
    public const string DepartmentKey = "amt";
    public const string CategoryKey = "kategorie";
    public const string VendorKey = "anbieter";
    public const string OperatorKey = "betrieb";
    public const string LifecycleKey = "status";
    public const string FindingKey = "befund";
    public const string SortKey = "sortierung";
    public const string DescendingKey = "absteigend";
    public const string PageKey = "seite";
    public const string PageSizeKey = "zeilen";

    public static readonly int[] PageSizes = [10, 25, 50, 100];

    private static readonly Dictionary<ProductSort, string> SortNames = new()
    {
        [ProductSort.Name] = "name",
        [ProductSort.InventoryNumber] = "nummer",
        [ProductSort.Department] = "amt",
        [ProductSort.Vendor] = "anbieter",
        [ProductSort.Category] = "kategorie",
        [ProductSort.Lifecycle] = "status",
        [ProductSort.CurrentCost] = "kosten",
        [ProductSort.CostChange] = "aenderung",
    };

    /// <summary>The address of a view; defaults are left out so the plain list stays "/produkte".</summary>
    public static string For(ProductQuery query)
    {
        var parameters = new List<KeyValuePair<string, string?>>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) parameters.Add(new(key, value));
        }

        Add(SearchKey, query.Search?.Trim());
        Add(DepartmentKey, query.DepartmentId?.ToString(CultureInfo.InvariantCulture));
        Add(CategoryKey, query.CategoryId?.ToString(CultureInfo.InvariantCulture));
        Add(VendorKey, query.VendorId?.ToString(CultureInfo.InvariantCulture));
        Add(OperatorKey, query.Operator?.ToString());
        Add(LifecycleKey, query.Lifecycle?.ToString());
        Add(FindingKey, query.Finding?.ToString());
        if (query.Sort != ProductSort.Name || query.Descending) Add(SortKey, SortNames[query.Sort]);
        if (query.Descending) Add(DescendingKey, "ja");
        if (query.Page > 0) Add(PageKey, (query.Page + 1).ToString(CultureInfo.InvariantCulture));
        if (query.PageSize != new ProductQuery().PageSize) Add(PageSizeKey, query.PageSize.ToString(CultureInfo.InvariantCulture));
        return QueryHelpers.AddQueryString(Path, parameters);
    }

    /// <summary>Reads a view from query-string values; anything unknown or malformed falls back to the default.</summary>
    public static ProductQuery Parse(string? search, int? department, int? category, int? vendor, string? operatorKind,
        string? lifecycle, string? sort, string? descending, int? page, int? pageSize, string? finding = null) => new()
        {
            // U+0000 cannot be stored, so nothing matches it, and PostgreSQL refused it in the search with an exception.
            Search = string.IsNullOrWhiteSpace(search) || !TextRules.CanStore(search) ? null : search.Trim(),
            DepartmentId = department,
            CategoryId = category,
            VendorId = vendor,
            Operator = Enum.TryParse<OperatorKind>(operatorKind, ignoreCase: true, out var op) && Enum.IsDefined(op) ? op : null,
            Lifecycle = Enum.TryParse<LifecycleStatus>(lifecycle, ignoreCase: true, out var status) && Enum.IsDefined(status) ? status : null,
            Finding = Enum.TryParse<ItInventory.Core.Analysis.FindingKind>(finding, ignoreCase: true, out var kind) && Enum.IsDefined(kind) ? kind : null,
            Sort = SortNames.FirstOrDefault(s => string.Equals(s.Value, sort, StringComparison.OrdinalIgnoreCase)).Key,
            Descending = descending is not null && (descending.Equals("ja", StringComparison.OrdinalIgnoreCase) || descending.Equals("true", StringComparison.OrdinalIgnoreCase)),
            Page = page is > 1 ? page.Value - 1 : 0,
            PageSize = pageSize is { } size && PageSizes.Contains(size) ? size : new ProductQuery().PageSize,
        };

    /// <summary>Reads a view from a full address (for links built elsewhere and for tests).</summary>
    public static ProductQuery Parse(Uri uri)
    {
        var values = QueryHelpers.ParseQuery(uri.Query);
        string? Text(string key) => values.TryGetValue(key, out var v) ? v.ToString() : null;
        int? Number(string key) => int.TryParse(Text(key), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
        return Parse(Text(SearchKey), Number(DepartmentKey), Number(CategoryKey), Number(VendorKey), Text(OperatorKey),
            Text(LifecycleKey), Text(SortKey), Text(DescendingKey), Number(PageKey), Number(PageSizeKey), Text(FindingKey));
    }
}
