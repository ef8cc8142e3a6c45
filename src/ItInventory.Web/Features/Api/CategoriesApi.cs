using ItInventory.Web.Features.Products;
using ItInventory.Web.Infrastructure.Security;

namespace ItInventory.Web.Features.Api;

/// <summary>
/// <c>/api/v1/categories</c>: the ids a product's <c>categoryId</c> takes, read-only. Categories are shared reference
/// data without an editing service or form; a write route would be a second, unvalidated way to change them.
/// </summary>
public static class CategoriesApi
{
    private static readonly Dictionary<string, Func<CategoryRow, object?>> SortKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["name"] = r => r.Name, ["code"] = r => r.Code,
    };

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/categories").WithTags("Kategorien");
        var read = ApiPolicies.For(Permission.ViewInventory);

        group.MapGet("/", async (CategoryService categories, string? search, string? sort, int? page, int? pageSize, CancellationToken ct) =>
            {
                var (p, size) = ApiQuery.Paging(page, pageSize);
                var (key, descending) = ApiQuery.Sort(sort, SortKeys, SortKeys["name"]);
                var rows = (await categories.ListAsync(search, ct)).AsEnumerable();
                rows = descending ? rows.OrderByDescending(key).ThenBy(r => r.Code) : rows.OrderBy(key).ThenBy(r => r.Code);
                return TypedResults.Ok(ApiQuery.PageOf(rows, p, size));
            })
            .RequireAuthorization(read)
            .WithSummary("Produktkategorien auflisten")
            .WithDescription("Die Arten von Fachverfahren mit den Standards, die ihre Produkte unterstützen sollen; die id gehört in categoryId eines Produkts. Kategorien gelten für alle Mandanten und werden hier nur gelesen. Filter: search (Code, Name). Sortierung: name (Vorgabe), code.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/{id:int}", async (int id, CategoryService categories, CancellationToken ct) => TypedResults.Ok(await categories.GetAsync(id, ct)))
            .RequireAuthorization(read)
            .WithSummary("Eine Produktkategorie lesen")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
