using ItInventory.Core.Domain;
using ItInventory.Web.Features.Products;
using ItInventory.Web.Infrastructure.Security;

namespace ItInventory.Web.Features.Api;

public sealed record StandardSupportResource(int Id, StandardSupportInput Fields);

/// <summary>
/// <c>/api/v1/product-standards</c>: which product supports which standard, in which version and how that is known;
/// backed by <see cref="StandardSupportService"/>.
/// </summary>
public static class ProductStandardsApi
{
    private static readonly Dictionary<string, Func<StandardSupportRow, object?>> SortKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["product"] = r => r.ProductName, ["standard"] = r => r.StandardCode, ["status"] = r => r.Status, ["verification"] = r => r.Verification,
    };

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/product-standards").WithTags("Standards");
        var write = ApiPolicies.For(Permission.EditInventory);

        group.MapGet("/", async (StandardSupportService support, int? productId, int? standardId, SupportStatus? status, string? sort, int? page, int? pageSize, CancellationToken ct) =>
            {
                var (p, size) = ApiQuery.Paging(page, pageSize);
                var (key, descending) = ApiQuery.Sort(sort, SortKeys, SortKeys["product"]);
                var rows = (await support.ListAsync(new StandardSupportQuery(productId, standardId, status), ct)).AsEnumerable();
                rows = descending ? rows.OrderByDescending(key).ThenBy(r => r.Id) : rows.OrderBy(key).ThenBy(r => r.Id);
                return TypedResults.Ok(ApiQuery.PageOf(rows, p, size));
            })
            .RequireAuthorization(ApiPolicies.For(Permission.ViewInventory))
            .WithSummary("Angaben der Produkte zu Standards auflisten")
            .WithDescription("Filter: productId, standardId, status (Supported, Partial, Planned, NotSupported). Sortierung: product (Vorgabe), standard, status, verification.");

        group.MapGet("/{id:int}", async (int id, StandardSupportService support, HttpResponse response, CancellationToken ct) =>
            {
                var fields = await support.GetAsync(id, ct);
                ETags.Set(response, fields.Version);
                return TypedResults.Ok(new StandardSupportResource(id, fields));
            })
            .RequireAuthorization(ApiPolicies.For(Permission.ViewInventory))
            .WithSummary("Eine Angabe zu einem Standard lesen")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", async (StandardSupportInput input, StandardSupportService support, HttpResponse response, CancellationToken ct) =>
            {
                var id = await support.CreateAsync(input, ct);
                var fields = await support.GetAsync(id, ct);
                ETags.Set(response, fields.Version);
                return TypedResults.Created($"/api/v1/product-standards/{id}", new StandardSupportResource(id, fields));
            })
            .RequireAuthorization(write)
            .WithSummary("Eine Angabe zu einem Standard anlegen")
            .WithDescription("Je Produkt und Standard gibt es eine Angabe; eine zweite wird abgelehnt.")
            .ProducesValidationProblem();

        group.MapPut("/{id:int}", async (int id, StandardSupportInput input, HttpRequest request, HttpResponse response, StandardSupportService support, CancellationToken ct) =>
            {
                input.Version = ETags.RequiredVersion(request, StandardSupportService.EntityName);
                ETags.Set(response, await support.UpdateAsync(id, input, ct));
                return TypedResults.NoContent();
            })
            .RequireAuthorization(write)
            .WithSummary("Eine Angabe zu einem Standard ändern")
            .WithDescription("If-Match mit dem ETag ist Pflicht (fehlt er: 428; ist er veraltet: 412).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapDelete("/{id:int}", async (int id, HttpRequest request, StandardSupportService support, CancellationToken ct) =>
            {
                await support.DeleteAsync(id, ETags.RequiredVersion(request, StandardSupportService.EntityName), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(write)
            .WithSummary("Eine Angabe zu einem Standard löschen")
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }
}
