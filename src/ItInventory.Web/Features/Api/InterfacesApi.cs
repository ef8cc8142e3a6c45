using ItInventory.Web.Features.Interfaces;
using ItInventory.Web.Infrastructure.Security;

namespace ItInventory.Web.Features.Api;

/// <summary><c>/api/v1/interfaces</c>, backed by <see cref="InterfaceService"/>.</summary>
public static class InterfacesApi
{
    private static readonly Dictionary<string, InterfaceSort> SortKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["source"] = InterfaceSort.Source, ["target"] = InterfaceSort.Target, ["standard"] = InterfaceSort.Standard,
    };

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/interfaces").WithTags("Schnittstellen");
        var write = ApiPolicies.For(Permission.EditInventory);

        group.MapGet("/", async (InterfaceService interfaces, int? productId, int? sourceProductId, int? targetProductId, int? standardId,
                bool? proprietary, bool? external, string? search, string? sort, int? page, int? pageSize, CancellationToken ct) =>
            {
                var (p, size) = ApiQuery.Paging(page, pageSize);
                var (key, descending) = ApiQuery.Sort(sort, SortKeys, InterfaceSort.Source);
                var result = await interfaces.QueryAsync(new InterfaceQuery
                {
                    ProductId = productId, SourceProductId = sourceProductId, TargetProductId = targetProductId, StandardId = standardId,
                    Proprietary = proprietary, External = external, Search = search, Sort = key, Descending = descending, Page = p - 1, PageSize = size,
                }, ct);
                return TypedResults.Ok(new PagedResult<InterfaceRow>(result.Rows, result.TotalCount, p, size));
            })
            .RequireAuthorization(ApiPolicies.For(Permission.ViewInventory))
            .WithSummary("Schnittstellen auflisten")
            .WithDescription("Datenflüsse von einem Produkt zu einem anderen Produkt oder zu einem externen System, mit dem verwendeten Standard (ohne Standard: proprietär). Filter: productId (ein- oder ausgehend), sourceProductId, targetProductId, standardId, proprietary (true: ohne Standard), external (true: nur an externe Systeme), search. Sortierung: source, target, standard.");

        group.MapGet("/{id:int}", async (int id, InterfaceService interfaces, HttpResponse response, CancellationToken ct) =>
            {
                var row = await interfaces.GetAsync(id, ct);
                ETags.Set(response, row.Version);
                return TypedResults.Ok(row);
            })
            .RequireAuthorization(ApiPolicies.For(Permission.ViewInventory))
            .WithSummary("Eine Schnittstelle lesen")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", async (InterfaceInput input, InterfaceService interfaces, HttpResponse response, CancellationToken ct) =>
            {
                var id = await interfaces.CreateAsync(input, ct);
                var row = await interfaces.GetAsync(id, ct);
                ETags.Set(response, row.Version);
                return TypedResults.Created($"/api/v1/interfaces/{id}", row);
            })
            .RequireAuthorization(write)
            .WithSummary("Eine Schnittstelle anlegen")
            .WithDescription("sourceProductId ist Pflicht, dazu genau eines von targetProductId (ein anderes Produkt) und externalSystem (Name des externen Systems); standardId ist freiwillig.")
            .ProducesValidationProblem();

        group.MapPut("/{id:int}", async (int id, InterfaceInput input, HttpRequest request, HttpResponse response, InterfaceService interfaces, CancellationToken ct) =>
            {
                input.Version = ETags.RequiredVersion(request, InterfaceService.EntityName);
                ETags.Set(response, await interfaces.UpdateAsync(id, input, ct));
                return TypedResults.NoContent();
            })
            .RequireAuthorization(write)
            .WithSummary("Eine Schnittstelle ändern")
            .WithDescription("If-Match mit dem ETag ist Pflicht (fehlt er: 428; ist er veraltet: 412).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapDelete("/{id:int}", async (int id, HttpRequest request, InterfaceService interfaces, CancellationToken ct) =>
            {
                await interfaces.DeleteAsync(id, ETags.RequiredVersion(request, InterfaceService.EntityName), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(write)
            .WithSummary("Eine Schnittstelle löschen")
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
    }
}
