using ItInventory.Core.Domain;
using ItInventory.Web.Features.Findings;
using ItInventory.Web.Features.Products;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Security;

namespace ItInventory.Web.Features.Api;

/// <summary>A product with its computed facts: this year's cost (actuals where booked, otherwise plan) and its findings.</summary>
public sealed record ProductResource(ProductDetails Product, int Year, decimal CurrentAnnualCost, IReadOnlyList<FindingResource> Findings);

/// <summary><c>/api/v1/products</c>, backed by the same services as the product pages.</summary>
public static class ProductsApi
{
    private static readonly Dictionary<string, ProductSort> SortKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["name"] = ProductSort.Name, ["inventoryNumber"] = ProductSort.InventoryNumber, ["department"] = ProductSort.Department,
        ["vendor"] = ProductSort.Vendor, ["category"] = ProductSort.Category, ["lifecycle"] = ProductSort.Lifecycle,
        ["currentCost"] = ProductSort.CurrentCost, ["costChange"] = ProductSort.CostChange,
    };

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/products").WithTags("Produkte");
        var read = ApiPolicies.For(Permission.ViewInventory);
        var write = ApiPolicies.For(Permission.EditInventory);

        group.MapGet("/", async (ProductListService products, string? search, int? departmentId, int? categoryId, int? vendorId,
                OperatorKind? @operator, LifecycleStatus? lifecycle, string? asOf, string? sort, int? page, int? pageSize, CancellationToken ct) =>
            {
                var (p, size) = ApiQuery.Paging(page, pageSize);
                var (key, descending) = ApiQuery.Sort(sort, SortKeys, ProductSort.Name);
                var result = await products.QueryAsync(new ProductQuery
                {
                    Search = search, DepartmentId = departmentId, CategoryId = categoryId, VendorId = vendorId, Operator = @operator,
                    Lifecycle = lifecycle, AsOf = ApiQuery.AsOf(asOf), Sort = key, Descending = descending, Page = p - 1, PageSize = size,
                }, ct);
                return TypedResults.Ok(new PagedResult<ProductRow>(result.Rows, result.TotalCount, p, size));
            })
            .RequireAuthorization(read)
            .WithSummary("Produkte auflisten")
            .WithDescription("Mit den Kosten des laufenden Jahres (currentYearCost: Ist, wo gebucht, sonst Plan) und des Vorjahres; asOf (JJJJ-MM-TT) wählt das Jahr über den Stichtag. Filter: search (Name, Inventarnummer, Anbieter, Beschreibung), departmentId, categoryId, vendorId, operator, lifecycle. Sortierung: name, inventoryNumber, department, vendor, category, lifecycle, currentCost, costChange (mit „-“ absteigend).")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/{id:int}", async (int id, string? asOf, HttpResponse response, ProductDetailsService details, FindingsService findings, InventoryClock clock, CancellationToken ct) =>
            {
                var resource = await ReadAsync(id, ApiQuery.AsOf(asOf), details, findings, clock, ct);
                ETags.Set(response, resource.Product.Version);
                return TypedResults.Ok(resource);
            })
            .RequireAuthorization(read)
            .WithSummary("Ein Produkt lesen")
            .WithDescription("Alle Angaben des Produkts mit Kosten, Verträgen, Standards, Schnittstellen, den laufenden Jahreskosten und seinen Auffälligkeiten zum Stichtag asOf. Der ETag gehört in If-Match beim Ändern.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", async (ProductInput input, ProductEditService edit, ProductDetailsService details, FindingsService findings, InventoryClock clock, HttpResponse response, CancellationToken ct) =>
            {
                var id = await edit.CreateAsync(input, ct);
                var resource = await ReadAsync(id, null, details, findings, clock, ct);
                ETags.Set(response, resource.Product.Version);
                return TypedResults.Created($"/api/v1/products/{id}", resource);
            })
            .RequireAuthorization(write)
            .WithSummary("Ein Produkt anlegen")
            .WithDescription("Dieselben Regeln wie im Formular: Pflichtfelder, eindeutige Inventarnummer, Kostenanteile der nutzenden Ämter ergeben 100 %.")
            .ProducesValidationProblem();

        group.MapPut("/{id:int}", async (int id, ProductInput input, HttpRequest request, HttpResponse response, ProductEditService edit, CancellationToken ct) =>
            {
                input.Version = ETags.RequiredVersion(request, ProductEditService.EntityName);
                ETags.Set(response, await edit.UpdateAsync(id, input, ct));
                return TypedResults.NoContent();
            })
            .RequireAuthorization(write)
            .WithSummary("Ein Produkt ändern")
            .WithDescription("Ersetzt alle Angaben. If-Match mit dem ETag ist Pflicht (fehlt er: 428; ist er veraltet: 412).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapDelete("/{id:int}", async (int id, HttpRequest request, ProductEditService edit, CancellationToken ct) =>
            {
                await edit.DeleteAsync(id, ETags.RequiredVersion(request, ProductEditService.EntityName), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(write)
            .WithSummary("Ein Produkt löschen")
            .WithDescription("Nur ohne Kostenpositionen, Verträge und eingehende Schnittstellen (sonst 409); ein solches Produkt wird stattdessen auf „außer Betrieb“ gesetzt.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }

    private static async Task<ProductResource> ReadAsync(int id, DateOnly? asOf, ProductDetailsService details, FindingsService findings, InventoryClock clock, CancellationToken ct)
    {
        var product = await details.GetAsync(id, ct, asOf);
        var year = (asOf ?? clock.Today).Year;
        var cost = ProductCostTable.From(product.CostLines).Total(year);
        var productFindings = await FindingsApi.ListAsync(findings, new Findings.FindingFilter { ProductId = id, AsOf = asOf }, ct);
        return new ProductResource(product, year, cost, productFindings);
    }
}
