using ItInventory.Core.Domain;
using ItInventory.Web.Features.Costs;
using ItInventory.Web.Infrastructure.Security;

namespace ItInventory.Web.Features.Api;

public sealed record CostLineResource(int Id, CostLineInput Fields);

/// <summary>A page of cost lines with the plan and actual totals of the whole selection.</summary>
public sealed record CostLinePageResource(IReadOnlyList<CostLineRow> Items, int Total, int Page, int PageSize, decimal PlanTotal, decimal ActualTotal);

/// <summary><c>/api/v1/cost-lines</c>, backed by <see cref="CostLineService"/>.</summary>
public static class CostLinesApi
{
    private static readonly Dictionary<string, CostLineSort> SortKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["year"] = CostLineSort.Year, ["product"] = CostLineSort.Product, ["costType"] = CostLineSort.CostType,
        ["kind"] = CostLineSort.Kind, ["amount"] = CostLineSort.Amount,
    };

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/cost-lines").WithTags("Kosten");
        var write = ApiPolicies.For(Permission.EditCosts);

        group.MapGet("/", async (CostLineService costs, int? year, int? productId, string? productSearch, int? departmentId, int? vendorId,
                CostType? costType, CostKind? kind, string? sort, int? page, int? pageSize, CancellationToken ct) =>
            {
                var (p, size) = ApiQuery.Paging(page, pageSize);
                // Without a sort the newest year comes first, as on the cost page.
                var (key, descending) = string.IsNullOrWhiteSpace(sort) ? (CostLineSort.Year, true) : ApiQuery.Sort(sort, SortKeys, CostLineSort.Year);
                var result = await costs.QueryAsync(new CostLineQuery
                {
                    Year = year, ProductId = productId, ProductSearch = productSearch, DepartmentId = departmentId, VendorId = vendorId,
                    CostType = costType, Kind = kind, Sort = key, Descending = descending, Page = p - 1, PageSize = size,
                }, ct);
                return TypedResults.Ok(new CostLinePageResource(result.Rows, result.TotalCount, p, size, result.PlanTotal, result.ActualTotal));
            })
            .RequireAuthorization(ApiPolicies.For(Permission.ViewInventory))
            .WithSummary("Kostenpositionen auflisten")
            .WithDescription("Filter: year, productId, productSearch, departmentId, vendorId, costType, kind (Plan/Actual). Sortierung: year (Vorgabe: absteigend), product, costType, kind, amount. Dazu die Plan- und Ist-Summen der Auswahl.");

        group.MapGet("/{id:int}", async (int id, CostLineService costs, HttpResponse response, CancellationToken ct) =>
            {
                var line = await costs.GetAsync(id, ct);
                ETags.Set(response, line.Version);
                return TypedResults.Ok(new CostLineResource(id, line));
            })
            .RequireAuthorization(ApiPolicies.For(Permission.ViewInventory))
            .WithSummary("Eine Kostenposition lesen")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", async (CostLineInput input, CostLineService costs, HttpResponse response, CancellationToken ct) =>
            {
                var id = await costs.CreateAsync(input, ct);
                var line = await costs.GetAsync(id, ct);
                ETags.Set(response, line.Version);
                return TypedResults.Created($"/api/v1/cost-lines/{id}", new CostLineResource(id, line));
            })
            .RequireAuthorization(write)
            .WithSummary("Eine Kostenposition anlegen")
            .WithDescription("Betrag in Euro (Dezimalzahl), Haushaltsjahr, Kostenart, Plan oder Ist; ein Vertrag nur, wenn er das Produkt umfasst.")
            .ProducesValidationProblem();

        group.MapPut("/{id:int}", async (int id, CostLineInput input, HttpRequest request, HttpResponse response, CostLineService costs, CancellationToken ct) =>
            {
                input.Version = ETags.RequiredVersion(request, CostLineService.EntityName);
                ETags.Set(response, await costs.UpdateAsync(id, input, ct));
                return TypedResults.NoContent();
            })
            .RequireAuthorization(write)
            .WithSummary("Eine Kostenposition ändern")
            .WithDescription("If-Match mit dem ETag ist Pflicht (fehlt er: 428; ist er veraltet: 412).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapDelete("/{id:int}", async (int id, HttpRequest request, CostLineService costs, CancellationToken ct) =>
            {
                await costs.DeleteAsync(id, ETags.RequiredVersion(request, CostLineService.EntityName), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(write)
            .WithSummary("Eine Kostenposition löschen")
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }
}
