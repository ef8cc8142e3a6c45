using System.Globalization;
using ItInventory.Core.Validation;

namespace ItInventory.Web.Features.Api;

/// <summary>A query parameter in the wrong format; reported as a 400 problem naming the parameter.</summary>
public sealed class ApiQueryException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}

/// <summary>Paging and date parameters shared by all list endpoints.</summary>
public static class ApiQuery
{
    public const int DefaultPageSize = 25;

    /// <summary>Pages count from 1 up to <see cref="PagingRules.MaxPage"/>; the size is capped at <see cref="ApiOptions.MaxPageSize"/>.</summary>
    public static (int Page, int PageSize) Paging(int? page, int? pageSize)
    {
        if (PagingRules.PageProblem(page) is { } pageProblem)
        {
            throw new ApiQueryException("page", pageProblem);
        }

        if (PagingRules.PageSizeProblem(pageSize, ApiOptions.MaxPageSize) is { } sizeProblem)
        {
            throw new ApiQueryException("pageSize", sizeProblem);
        }

        return (page ?? 1, pageSize ?? DefaultPageSize);
    }

    /// <summary>The first query parameter whose name or value the storage cannot hold (<see cref="TextRules"/>), else null.</summary>
    public static string? UnstorableParameter(IQueryCollection query) =>
        query.FirstOrDefault(q => !TextRules.CanStore(q.Key) || q.Value.Any(v => !TextRules.CanStore(v))) is { Key: not null } bad
            ? bad.Key.Replace("\0", "") : null;

    /// <summary>Parses <c>asOf=YYYY-MM-DD</c> within the date window of <see cref="DateRules"/>; null when absent.</summary>
    public static DateOnly? AsOf(string? asOf)
    {
        if (asOf is null)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new ApiQueryException("asOf", $"„{asOf}“ ist kein gültiges Datum; erwartet wird JJJJ-MM-TT, z. B. 2024-06-30.");
        }

        return DateRules.Problem(date, "Der Stichtag") is { } problem ? throw new ApiQueryException("asOf", problem) : date;
    }

    /// <summary>A window of days ahead ("decisions within N days"): 0 to 3650, null for no window.</summary>
    public static int? WithinDays(int? days) => days is null or (>= 0 and <= 3650)
        ? days
        : throw new ApiQueryException("decisionWithinDays", "Die Zahl der Tage muss zwischen 0 und 3650 liegen.");

    /// <summary>
    /// <c>sort=name</c> or <c>sort=-name</c> (descending), matched against the allowed keys.
    /// </summary>

    public static (TKey Key, bool Descending) Sort<TKey>(string? sort, IReadOnlyDictionary<string, TKey> keys, TKey fallback)
    {
        if (string.IsNullOrWhiteSpace(sort))
        {
            return (fallback, false);
        }

        var descending = sort.StartsWith('-');
        var name = sort.TrimStart('-', '+').Trim();
        return keys.TryGetValue(name, out var key)
            ? (key, descending)
            : throw new ApiQueryException("sort", $"Nach „{name}“ kann nicht sortiert werden; möglich: {string.Join(", ", keys.Keys)} (mit „-“ davor absteigend).");
    }

    /// <summary>Pages a list computed in memory (resources whose service returns the whole, small list).</summary>
    public static PagedResult<T> PageOf<T>(IEnumerable<T> items, int page, int pageSize)
    {
        var list = items as IReadOnlyCollection<T> ?? items.ToList();
        return new PagedResult<T>(list.Skip((int)Math.Min(PagingRules.Offset(page, pageSize), int.MaxValue)).Take(pageSize).ToList(), list.Count, page, pageSize);
    }
}

/// <summary>One page of a list: the items, how many there are in all, and which page this is.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);
