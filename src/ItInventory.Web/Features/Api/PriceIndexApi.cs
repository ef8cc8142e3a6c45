using ItInventory.Web.Features.PriceIndex;
using ItInventory.Web.Infrastructure.Security;

namespace ItInventory.Web.Features.Api;

/// <summary><c>/api/v1/price-index</c>: the VPI per year, addressed by the year; backed by <see cref="PriceIndexService"/>.</summary>
public static class PriceIndexApi
{
    private static readonly Dictionary<string, Func<PriceIndexRow, object?>> SortKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["year"] = r => r.Year, ["value"] = r => r.Value, ["changePercent"] = r => r.ChangePercent,
    };

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/price-index").WithTags("Preisindex");
        var write = ApiPolicies.For(Permission.EditReferenceData);

        group.MapGet("/", async (PriceIndexService priceIndex, int? fromYear, int? toYear, string? sort, int? page, int? pageSize, CancellationToken ct) =>
            {
                var (p, size) = ApiQuery.Paging(page, pageSize);
                var (key, descending) = ApiQuery.Sort(sort, SortKeys, SortKeys["year"]);
                var rows = (await priceIndex.ListAsync(new PriceIndexQuery(fromYear, toYear), ct)).AsEnumerable();
                rows = descending ? rows.OrderByDescending(key).ThenBy(r => r.Year) : rows.OrderBy(key).ThenBy(r => r.Year);
                return TypedResults.Ok(ApiQuery.PageOf(rows, p, size));
            })
            .RequireAuthorization(ApiPolicies.For(Permission.ViewReferenceData))
            .WithSummary("Indexwerte auflisten")
            .WithDescription("Der Verbraucherpreisindex (Destatis VPI, 2020 = 100) als Jahresdurchschnitt, mit der Veränderung zum Vorjahr in Prozent und der Angabe, ob der Wert vorläufig ist. Filter: fromYear, toYear (jeweils einschließlich). Sortierung: year (Vorgabe), value, changePercent.");

        group.MapGet("/{year:int}", async (int year, PriceIndexService priceIndex, HttpResponse response, CancellationToken ct) =>
            {
                var row = await priceIndex.GetAsync(year, ct);
                ETags.Set(response, row.Version);
                return TypedResults.Ok(row);
            })
            .RequireAuthorization(ApiPolicies.For(Permission.ViewReferenceData))
            .WithSummary("Den Indexwert eines Jahres lesen")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", async (PriceIndexInput input, PriceIndexService priceIndex, HttpResponse response, CancellationToken ct) =>
            {
                var year = await priceIndex.CreateAsync(input, ct);
                var row = await priceIndex.GetAsync(year, ct);
                ETags.Set(response, row.Version);
                return TypedResults.Created($"/api/v1/price-index/{year}", row);
            })
            .RequireAuthorization(write)
            .WithSummary("Einen Indexwert anlegen")
            .WithDescription("Jahr 1990 bis 2100, je Jahr ein Wert; Indexwert größer als 0 mit höchstens zwei Nachkommastellen, z. B. {\"year\": 2026, \"value\": 124.1, \"isPreliminary\": true}.")
            .ProducesValidationProblem();

        group.MapPut("/{year:int}", async (int year, PriceIndexInput input, HttpRequest request, HttpResponse response, PriceIndexService priceIndex, CancellationToken ct) =>
            {
                input.Version = ETags.RequiredVersion(request, PriceIndexService.EntityName);
                ETags.Set(response, await priceIndex.UpdateAsync(year, input, ct));
                return TypedResults.NoContent();
            })
            .RequireAuthorization(write)
            .WithSummary("Einen Indexwert ändern")
            .WithDescription("Etwa wenn Destatis den vorläufigen Wert endgültig festlegt. Das Jahr bleibt (im Inhalt dasselbe wie in der Adresse). If-Match mit dem ETag ist Pflicht (fehlt er: 428; ist er veraltet: 412).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapDelete("/{year:int}", async (int year, HttpRequest request, PriceIndexService priceIndex, CancellationToken ct) =>
            {
                await priceIndex.DeleteAsync(year, ETags.RequiredVersion(request, PriceIndexService.EntityName), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(write)
            .WithSummary("Einen Indexwert löschen")
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
    }
}
