using System.Globalization;
using ItInventory.Core.Validation;
using ItInventory.Core.Analysis;
using ItInventory.Core.Domain;
using ItInventory.Web.Features.Findings;
using ItInventory.Web.Features.Products;
using ItInventory.Web.Infrastructure.Editing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace ItInventory.Web.Features.Reports;

/// <summary>
/// What a report is restricted to. The product filters use the product list's address keys (suche, amt, kategorie,
/// anbieter, betrieb, status, befund), so the list's "Export" button can pass its current view on unchanged.
/// </summary>
public sealed record ReportParameters
{
    public const string SearchKey = ProductListUrl.SearchKey;
    public const string DepartmentKey = ProductListUrl.DepartmentKey;
    public const string CategoryKey = ProductListUrl.CategoryKey;
    public const string VendorKey = ProductListUrl.VendorKey;
    public const string OperatorKey = ProductListUrl.OperatorKey;
    public const string LifecycleKey = ProductListUrl.LifecycleKey;
    public const string ProductFindingKey = ProductListUrl.FindingKey;
    public const string YearKey = "jahr";
    public const string DeadlineDaysKey = "fristTage";
    public const string FindingKindKey = "art";
    public const string SeverityKey = "schwere";
    public const string FindingSortKey = "sortierung";
    public const string AsOfKey = "stichtag";

    public const int MaxDeadlineDays = 3650;

    /// <summary>The product list's filters; paging and sorting are ignored.</summary>
    public ProductQuery Products { get; init; } = new();

    /// <summary>The fiscal year of the council report; null means the current year.</summary>
    public int? Year { get; init; }

    /// <summary>Only contracts whose notice deadline falls within this many days from today.</summary>
    public int? DeadlineDays { get; init; }

    public FindingKind? FindingKind { get; init; }
    public Severity? MinimumSeverity { get; init; }

    /// <summary>The findings' order as the page shows it; null: most severe first.</summary>
    public FindingSort? FindingSort { get; init; }

    /// <summary>The day the findings are seen from (deadlines, the running year); null: today.</summary>
    public DateOnly? AsOf { get; init; }

    public static readonly string[] ProductFilterKeys = [SearchKey, DepartmentKey, CategoryKey, VendorKey, OperatorKey, LifecycleKey, ProductFindingKey];

    public FindingFilter FindingFilter => new()
    {
        Kind = FindingKind,
        MinimumSeverity = MinimumSeverity,
        DepartmentId = Products.DepartmentId,
        VendorId = Products.VendorId,
        Sort = FindingSort ?? Findings.FindingSort.Severity,
        AsOf = AsOf,
    };

    public bool HasProductFilter => Products.Search is not null || Products.DepartmentId is not null || Products.CategoryId is not null
        || Products.VendorId is not null || Products.Operator is not null || Products.Lifecycle is not null || Products.Finding is not null;

    /// <summary>Reads the parameters of a report address; malformed values are refused with a German message.</summary>
    public static ReportParameters Parse(IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        var values = query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var errors = new ValidationErrors();
        string? Text(string key)
        {
            if (!values.TryGetValue(key, out var v) || string.IsNullOrWhiteSpace(v))
                return null;
            // A download from /berichte passes no API edge; PostgreSQL would refuse U+0000 in the search with a 500.
            if (TextRules.Problem(v) is { } problem)
            {
                errors.Add(key, problem);
                return null;
            }

            return v.Trim();
        }

        int? Number(string key, string label, int min, int max)
        {
            if (Text(key) is not { } text)
                return null;
            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
                return n;
            errors.Add(key, $"{label} muss eine ganze Zahl zwischen {min} und {max} sein, nicht „{text}“.");
            return null;
        }

        TEnum? Choice<TEnum>(string key, string label) where TEnum : struct, Enum
        {
            if (Text(key) is not { } text)
                return null;
            if (Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _))
                return value;
            errors.Add(key, $"{label} „{text}“ ist unbekannt.");
            return null;
        }

        DateOnly? Day(string key, string label)
        {
            if (Text(key) is not { } text)
                return null;
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                errors.Add(key, $"{label} muss ein Datum im Format JJJJ-MM-TT sein, nicht „{text}“.");
                return null;
            }

            if (DateRules.Problem(day, label) is { } problem)
            {
                errors.Add(key, problem);
                return null;
            }

            return day;
        }

        var parameters = new ReportParameters
        {
            Products = new ProductQuery
            {
                Search = Text(SearchKey),
                DepartmentId = Number(DepartmentKey, "Das Amt", 1, int.MaxValue),
                CategoryId = Number(CategoryKey, "Die Kategorie", 1, int.MaxValue),
                VendorId = Number(VendorKey, "Der Anbieter", 1, int.MaxValue),
                Operator = Choice<OperatorKind>(OperatorKey, "Der Betrieb"),
                Lifecycle = Choice<LifecycleStatus>(LifecycleKey, "Der Lebenszyklus"),
                Finding = Choice<FindingKind>(ProductFindingKey, "Die Art der Auffälligkeit (befund)"),
            },
            Year = Number(YearKey, "Das Jahr", 1990, 2100),
            DeadlineDays = Number(DeadlineDaysKey, "Die Zahl der Tage (fristTage)", 0, MaxDeadlineDays),
            FindingKind = Choice<FindingKind>(FindingKindKey, "Die Art der Auffälligkeit"),
            MinimumSeverity = Choice<Severity>(SeverityKey, "Die Schwere"),
            FindingSort = Choice<FindingSort>(FindingSortKey, "Die Sortierung"),
            AsOf = Day(AsOfKey, "Der Stichtag"),
        };
        errors.ThrowIfAny();
        return parameters;
    }

    /// <summary>The report address for these parameters, e.g. "/berichte/inventar.xlsx?amt=3".</summary>
    public string AddressOf(ReportDefinition report)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        void Add(string key, object? value)
        {
            if (value is not null) pairs.Add(new(key, Convert.ToString(value, CultureInfo.InvariantCulture)));
        }

        Add(SearchKey, Products.Search);
        Add(DepartmentKey, Products.DepartmentId);
        Add(CategoryKey, Products.CategoryId);
        Add(VendorKey, Products.VendorId);
        Add(OperatorKey, Products.Operator);
        Add(LifecycleKey, Products.Lifecycle);
        Add(ProductFindingKey, Products.Finding);
        Add(YearKey, Year);
        Add(DeadlineDaysKey, DeadlineDays);
        Add(FindingKindKey, FindingKind);
        Add(SeverityKey, MinimumSeverity);
        Add(FindingSortKey, FindingSort);
        Add(AsOfKey, AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return QueryHelpers.AddQueryString(report.Path, pairs);
    }
}
