using ItInventory.Web.Features.Departments;
using ItInventory.Web.Infrastructure.Security;

namespace ItInventory.Web.Features.Api;

/// <summary><c>/api/v1/departments</c>, backed by <see cref="DepartmentService"/>.</summary>
public static class DepartmentsApi
{
    private static readonly Dictionary<string, Func<DepartmentListRow, object?>> SortKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["number"] = r => r.Number, ["name"] = r => r.Name, ["productCount"] = r => r.ProductCount, ["annualCost"] = r => r.AnnualCost,
    };

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/departments").WithTags("Ämter");
        var write = ApiPolicies.For(Permission.EditInventory);

        group.MapGet("/", async (DepartmentService departments, string? search, string? asOf, string? sort, int? page, int? pageSize, CancellationToken ct) =>
            {
                var (p, size) = ApiQuery.Paging(page, pageSize);
                var rows = (await departments.ListAsync(search, ct, ApiQuery.AsOf(asOf))).Rows.AsEnumerable();
                // Without a sort the service's KGSt order (1.10 after 1.9) stays.
                if (!string.IsNullOrWhiteSpace(sort))
                {
                    var (key, descending) = ApiQuery.Sort(sort, SortKeys, SortKeys["number"]);
                    rows = descending ? rows.OrderByDescending(key) : rows.OrderBy(key);
                }

                return TypedResults.Ok(ApiQuery.PageOf(rows, p, size));
            })
            .RequireAuthorization(ApiPolicies.For(Permission.ViewInventory))
            .WithSummary("Ämter auflisten")
            .WithDescription("Nach KGSt-Nummer geordnet, mit Zahl der Produkte und dem Kostenanteil im laufenden Jahr (oder im Jahr des Stichtags asOf, JJJJ-MM-TT). Filter: search. Sortierung: number, name, productCount, annualCost.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/{id:int}", async (int id, string? asOf, DepartmentService departments, HttpResponse response, CancellationToken ct) =>
            {
                var department = await departments.GetAsync(id, ct, ApiQuery.AsOf(asOf));
                ETags.Set(response, department.Fields.Version);
                return TypedResults.Ok(department);
            })
            .RequireAuthorization(ApiPolicies.For(Permission.ViewInventory))
            .WithSummary("Ein Amt lesen")
            .WithDescription("Das Amt mit seinen Produkten (federführend oder nutzend) und seinem Teil der Kosten im laufenden Jahr (oder im Jahr des Stichtags asOf).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", async (DepartmentInput input, DepartmentService departments, HttpResponse response, CancellationToken ct) =>
            {
                var id = await departments.CreateAsync(input, ct);
                var department = await departments.GetAsync(id, ct);
                ETags.Set(response, department.Fields.Version);
                return TypedResults.Created($"/api/v1/departments/{id}", department);
            })
            .RequireAuthorization(write)
            .WithSummary("Ein Amt anlegen")
            .ProducesValidationProblem();

        group.MapPut("/{id:int}", async (int id, DepartmentInput input, HttpRequest request, HttpResponse response, DepartmentService departments, CancellationToken ct) =>
            {
                input.Version = ETags.RequiredVersion(request, DepartmentService.EntityName);
                ETags.Set(response, await departments.UpdateAsync(id, input, ct));
                return TypedResults.NoContent();
            })
            .RequireAuthorization(write)
            .WithSummary("Ein Amt ändern")
            .WithDescription("If-Match mit dem ETag ist Pflicht (fehlt er: 428; ist er veraltet: 412).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapDelete("/{id:int}", async (int id, HttpRequest request, DepartmentService departments, CancellationToken ct) =>
            {
                await departments.DeleteAsync(id, ETags.RequiredVersion(request, DepartmentService.EntityName), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(write)
            .WithSummary("Ein Amt löschen")
            .WithDescription("Abgelehnt (409), solange Produkte dem Amt gehören oder es nutzen.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }
}
