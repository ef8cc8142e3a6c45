using ItInventory.Core.Analysis;
using ItInventory.Web.Features.Findings;
using ItInventory.Web.Infrastructure.Security;

namespace ItInventory.Web.Features.Api;

/// <summary>A finding as the API shows it; <see cref="Id"/> is stable for the same finding on the same day.</summary>
public sealed record FindingResource(
    string Id, FindingKind Kind, Severity Severity, SubjectKind SubjectKind, int SubjectId, string Subject,
    string Title, string Explanation, decimal? ImpactEuro, int? Year, DateOnly? DueDate, int? VendorId, IReadOnlyList<int> DepartmentIds);

/// <summary><c>/api/v1/findings</c>: read-only, computed by the analysis for a day (<c>asOf</c>).</summary>
public static class FindingsApi
{
    private static readonly Dictionary<string, FindingSort> SortKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["severity"] = FindingSort.Severity, ["impact"] = FindingSort.Impact, ["dueDate"] = FindingSort.DueDate,
    };

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/findings").WithTags("Auffälligkeiten").RequireAuthorization(ApiPolicies.For(Permission.ViewInventory));

        group.MapGet("/", async (FindingsService findings, FindingKind? kind, Severity? minimumSeverity, int? departmentId, int? vendorId, int? productId,
                string? asOf, string? sort, int? page, int? pageSize, CancellationToken ct) =>
            {
                var (p, size) = ApiQuery.Paging(page, pageSize);
                var (sortKey, reversed) = ApiQuery.Sort(sort, SortKeys, FindingSort.Severity);
                var rows = await ListAsync(findings, new FindingFilter
                {
                    Kind = kind, MinimumSeverity = minimumSeverity, DepartmentId = departmentId, VendorId = vendorId, ProductId = productId,
                    Sort = sortKey, AsOf = ApiQuery.AsOf(asOf),
                }, ct);
                return TypedResults.Ok(ApiQuery.PageOf(reversed ? rows.Reverse() : rows, p, size));
            })
            .WithSummary("Auffälligkeiten auflisten")
            .WithDescription("Alle Auffälligkeiten der Analyse (Preissteigerungen über dem VPI, Klauselverstöße, Lock-in, fehlende Pflichtstandards, Kündigungsfristen, Anbieterkonzentration) zum Stichtag asOf (JJJJ-MM-TT, Vorgabe: heute). Sortierung: severity (schwerste zuerst), impact (größte Wirkung in Euro zuerst), dueDate (früheste Frist zuerst); mit „-“ davor in umgekehrter Reihenfolge.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/{id}", async Task<IResult> (FindingsService findings, string id, string? asOf, CancellationToken ct) =>
            {
                var rows = await ListAsync(findings, new FindingFilter { AsOf = ApiQuery.AsOf(asOf) }, ct);
                return rows.FirstOrDefault(r => r.Id == id) is { } row
                    ? TypedResults.Ok(row)
                    : ApiProblems.Result(StatusCodes.Status404NotFound, "Nicht gefunden.", $"Die Auffälligkeit „{id}“ gibt es zum Stichtag nicht.");
            })
            .WithSummary("Eine Auffälligkeit lesen")
            .WithDescription("Die Kennung setzt sich aus Art, Gegenstand und Jahr zusammen und bleibt gleich, solange die Auffälligkeit besteht.")
            .Produces<FindingResource>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    internal static async Task<IReadOnlyList<FindingResource>> ListAsync(FindingsService findings, FindingFilter filter, CancellationToken ct)
    {
        var rows = await findings.ListAsync(filter, ct);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        return rows.Select(r =>
        {
            var f = r.Finding;
            var key = $"{f.Kind}-{f.Subject.Kind}-{f.Subject.Id}{(f.Year is { } y ? "-" + y : "")}".ToLowerInvariant();
            // The same rule can hit one subject more than once (e.g. two breached years); number the repeats.
            var n = seen[key] = seen.GetValueOrDefault(key) + 1;
            return new FindingResource(n == 1 ? key : $"{key}-{n}", f.Kind, f.Severity, f.Subject.Kind, f.Subject.Id, f.Subject.Name,
                f.Title, f.Explanation, f.ImpactEuro, f.Year, f.DueDate, r.VendorId, r.DepartmentIds);
        }).ToList();
    }
}
