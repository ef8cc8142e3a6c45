using ItInventory.Core.Domain;
using ItInventory.Web.Features.Standards;
using ItInventory.Web.Infrastructure.Security;

namespace ItInventory.Web.Features.Api;

/// <summary><c>/api/v1/standards</c>, backed by <see cref="StandardService"/>.</summary>
public static class StandardsApi
{
    private static readonly Dictionary<string, Func<StandardListRow, object?>> SortKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["code"] = r => r.Code, ["name"] = r => r.Name, ["kind"] = r => r.Kind, ["bindingStatus"] = r => r.BindingStatus,
        ["supportingProducts"] = r => r.SupportingProducts, ["requiredButMissing"] = r => r.RequiredButMissing,
    };

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/standards").WithTags("Standards");
        var write = ApiPolicies.For(Permission.EditReferenceData);

        group.MapGet("/", async (StandardService standards, StandardKind? kind, BindingStatus? bindingStatus, string? search, string? sort, int? page, int? pageSize, CancellationToken ct) =>
            {
                var (p, size) = ApiQuery.Paging(page, pageSize);
                var (key, descending) = ApiQuery.Sort(sort, SortKeys, SortKeys["code"]);
                var rows = (await standards.ListAsync(new StandardQuery(kind, bindingStatus, search), ct)).AsEnumerable();
                rows = descending ? rows.OrderByDescending(key).ThenBy(r => r.Code) : rows.OrderBy(key).ThenBy(r => r.Code);
                return TypedResults.Ok(ApiQuery.PageOf(rows, p, size));
            })
            .RequireAuthorization(ApiPolicies.For(Permission.ViewReferenceData))
            .WithSummary("Standards auflisten")
            .WithDescription("Der Standardkatalog mit Zahl der unterstützenden Produkte und der Produkte, denen ein verlangter Standard fehlt. Filter: kind, bindingStatus, search. Sortierung: code, name, kind, bindingStatus, supportingProducts, requiredButMissing.");

        group.MapGet("/{id:int}", async (int id, StandardService standards, HttpResponse response, CancellationToken ct) =>
            {
                var standard = await standards.GetAsync(id, ct);
                ETags.Set(response, standard.Fields.Version);
                return TypedResults.Ok(standard);
            })
            .RequireAuthorization(ApiPolicies.For(Permission.ViewReferenceData))
            .WithSummary("Einen Standard lesen")
            .WithDescription("Mit der Unterstützung durch die Produkte und den Lücken bei Produkten, deren Kategorie ihn verlangt.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", async (StandardInput input, StandardService standards, HttpResponse response, CancellationToken ct) =>
            {
                var id = await standards.CreateAsync(input, ct);
                var standard = await standards.GetAsync(id, ct);
                ETags.Set(response, standard.Fields.Version);
                return TypedResults.Created($"/api/v1/standards/{id}", standard);
            })
            .RequireAuthorization(write)
            .WithSummary("Einen Standard anlegen")
            .ProducesValidationProblem();

        group.MapPut("/{id:int}", async (int id, StandardInput input, HttpRequest request, HttpResponse response, StandardService standards, CancellationToken ct) =>
            {
                input.Version = ETags.RequiredVersion(request, StandardService.EntityName);
                ETags.Set(response, await standards.UpdateAsync(id, input, ct));
                return TypedResults.NoContent();
            })
            .RequireAuthorization(write)
            .WithSummary("Einen Standard ändern")
            .WithDescription("If-Match mit dem ETag ist Pflicht (fehlt er: 428; ist er veraltet: 412).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapDelete("/{id:int}", async (int id, HttpRequest request, StandardService standards, CancellationToken ct) =>
            {
                await standards.DeleteAsync(id, ETags.RequiredVersion(request, StandardService.EntityName), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(write)
            .WithSummary("Einen Standard löschen")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }
}
