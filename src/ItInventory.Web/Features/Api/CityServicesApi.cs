using ItInventory.Core.Analysis.Services;
using ItInventory.Core.Formatting;
using ItInventory.Web.Features.CityServices;
using ItInventory.Web.Infrastructure.Security;

namespace ItInventory.Web.Features.Api;

/// <summary>A product that handles a service; <c>isProcedure</c> marks the Fachverfahren.</summary>
public sealed record CityServiceProductRow(int ProductId, string Name, bool IsProcedure);

/// <summary>One of the city's services with its assessment, in the order of the coverage view.</summary>
public sealed record CityServiceRow(int Rank, string OzgId, string Name, string? LifeSituation, int? AnnualCases, int? CaseYear,
    string Status, string? OnlineService, string MaturityModel, int? MaturityLevel, string Connection,
    IReadOnlyList<CityServiceProductRow> Products, IReadOnlyList<string> Blockers, IReadOnlyList<string> Contradictions);

/// <summary>
/// <c>/api/v1/services</c> (the city's services ranked by case number, read-only) and <c>/api/v1/catalogue/ozg-services</c>
/// (the shared OZG catalogue, read-only).
/// </summary>
public static class CityServicesApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var read = ApiPolicies.For(Permission.ViewInventory);

        api.MapGroup("/services").WithTags("Leistungen").MapGet("/", async (CityServiceCoverageService coverage, int? top, string? status, int? page, int? pageSize, CancellationToken ct) =>
            {
                var (p, size) = ApiQuery.Paging(page, pageSize);
                var topN = TopN(top);
                var wanted = Status(status);
                var report = await coverage.CoverageAsync(topN, ct);
                var rows = report.Top.Select((a, i) => Row(a, i + 1)).Where(r => wanted is null || r.Status == wanted.ToString());
                return TypedResults.Ok(ApiQuery.PageOf(rows, p, size));
            })
            .RequireAuthorization(read)
            .WithSummary("Leistungen der Stadt auflisten")
            .WithDescription("Die Verwaltungsleistungen der Stadt nach Fallzahl, mit Stand der Digitalisierung (EndToEnd, OnlineWithMediaBreak, OnlineNotYetEndToEnd, NotOnline), Reifegrad, Anbindung, Produkten und Hindernissen. Filter: top (25, 50, 100; 0 oder leer: alle), status.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGroup("/catalogue").WithTags("Leistungskatalog").MapGet("/ozg-services", async (ServiceCatalogueService catalogue, string? search, int? page, int? pageSize, CancellationToken ct) =>
            {
                var (p, size) = ApiQuery.Paging(page, pageSize);
                return TypedResults.Ok(ApiQuery.PageOf(await catalogue.ListAsync(search, ct), p, size));
            })
            .RequireAuthorization(read)
            .WithSummary("OZG-Leistungen des Katalogs auflisten")
            .WithDescription("Der gemeinsame OZG-Katalog (für alle Mandanten, nur lesbar): OZG-ID, Name, Lebenslage, Themenfeld, ob im neuesten Katalog entfallen. Filter: search (OZG-ID, Name, Lebenslage).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static int? TopN(int? top) => top switch
    {
        null or 0 => null,
        { } n when ServiceCoverage.TopChoices.Contains(n) => n,
        _ => throw new ApiQueryException("top", "top muss 25, 50, 100 oder 0 (alle) sein."),
    };

    private static DigitalStatus? Status(string? status) =>
        string.IsNullOrWhiteSpace(status) ? null
        : Enum.GetValues<DigitalStatus>().FirstOrDefault(s => s.ToString().Equals(status.Trim(), StringComparison.OrdinalIgnoreCase)) is var found
          && found.ToString().Equals(status.Trim(), StringComparison.OrdinalIgnoreCase) ? found
        : throw new ApiQueryException("status", $"Unbekannter Stand „{status}“; erlaubt sind {string.Join(", ", Enum.GetNames<DigitalStatus>())}.");

    private static CityServiceRow Row(ServiceAssessment a, int rank) => new(rank, a.Service.OzgService?.OzgId ?? "", a.Name, a.LifeSituation,
        a.Service.AnnualCases, a.Service.CaseYear, a.Status.ToString(), a.Service.OnlineServiceName, Labels.Of(a.Service.MaturityModel),
        a.Service.MaturityLevel, a.Service.Connection.ToString(),
        [.. a.Service.Products.Where(p => p.Product is not null).Select(p => new CityServiceProductRow(p.ProductId, p.Product!.Name, p.IsSpecialisedProcedure))],
        [.. a.Blockers.OrderBy(b => b.Kind).Select(b => b.Text)], a.Contradictions);
}
