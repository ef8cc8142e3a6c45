using ItInventory.Core.Domain;
using ItInventory.Web.Features.Vendors;
using ItInventory.Web.Infrastructure.Security;

namespace ItInventory.Web.Features.Api;

/// <summary><c>/api/v1/vendors</c>, backed by <see cref="VendorService"/>.</summary>
public static class VendorsApi
{
    private static readonly Dictionary<string, Func<VendorListRow, object?>> SortKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["name"] = r => r.Name, ["kind"] = r => r.Kind, ["country"] = r => r.Country,
        ["paymentsToVendor"] = r => r.PaymentsToVendor, ["productCount"] = r => r.ProductCount, ["contractCount"] = r => r.ContractCount,
    };

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/vendors").WithTags("Anbieter");
        var write = ApiPolicies.For(Permission.EditInventory);

        group.MapGet("/", async (VendorService vendors, string? search, VendorKind? kind, string? country, string? asOf, string? sort, int? page, int? pageSize, CancellationToken ct) =>
            {
                var (p, size) = ApiQuery.Paging(page, pageSize);
                var (key, descending) = ApiQuery.Sort(sort, SortKeys, SortKeys["name"]);
                var rows = (await vendors.ListAsync(search, ct, ApiQuery.AsOf(asOf))).Rows
                    .Where(r => kind is null || r.Kind == kind)
                    .Where(r => country is null || string.Equals(r.Country, country, StringComparison.OrdinalIgnoreCase));
                rows = descending ? rows.OrderByDescending(key).ThenBy(r => r.Name) : rows.OrderBy(key).ThenBy(r => r.Name);
                return TypedResults.Ok(ApiQuery.PageOf(rows, p, size));
            })
            .RequireAuthorization(ApiPolicies.For(Permission.ViewInventory))
            .WithSummary("Anbieter auflisten")
            .WithDescription("Mit Zahl der Produkte und Verträge und paymentsToVendor, den Zahlungen an den Anbieter im laufenden Jahr (das Jahr des Stichtags asOf, JJJJ-MM-TT): Kostenpositionen aus seinen Verträgen, dazu Positionen ohne Vertrag für seine Produkte. Nicht zu verwechseln mit productCosts im einzelnen Anbieter, den Kosten seiner Produkte, gleich an wen gezahlt wird. Filter: search, kind, country. Sortierung: name, kind, country, paymentsToVendor, productCount, contractCount.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/{id:int}", async (int id, string? asOf, VendorService vendors, HttpResponse response, CancellationToken ct) =>
            {
                var vendor = await vendors.GetAsync(id, ct, ApiQuery.AsOf(asOf));
                ETags.Set(response, vendor.Fields.Version);
                return TypedResults.Ok(vendor);
            })
            .RequireAuthorization(ApiPolicies.For(Permission.ViewInventory))
            .WithSummary("Einen Anbieter lesen")
            .WithDescription("Stammdaten, Produkte (hergestellt oder betrieben), Verträge (runState wie auf allen Seiten), abhängige Ämter und zwei Summen im laufenden Jahr (oder im Jahr des Stichtags asOf): paymentsToVendor, die Zahlungen an den Anbieter (Kostenpositionen aus seinen Verträgen, dazu Positionen ohne Vertrag für seine Produkte), und productCosts, die Kosten seiner Produkte, gleich an wen gezahlt wird (z. B. auch der Betrieb durch ein Rechenzentrum).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", async (VendorInput input, VendorService vendors, HttpResponse response, CancellationToken ct) =>
            {
                var id = await vendors.CreateAsync(input, ct);
                var vendor = await vendors.GetAsync(id, ct);
                ETags.Set(response, vendor.Fields.Version);
                return TypedResults.Created($"/api/v1/vendors/{id}", vendor);
            })
            .RequireAuthorization(write)
            .WithSummary("Einen Anbieter anlegen")
            .ProducesValidationProblem();

        group.MapPut("/{id:int}", async (int id, VendorInput input, HttpRequest request, HttpResponse response, VendorService vendors, CancellationToken ct) =>
            {
                input.Version = ETags.RequiredVersion(request, VendorService.EntityName);
                ETags.Set(response, await vendors.UpdateAsync(id, input, ct));
                return TypedResults.NoContent();
            })
            .RequireAuthorization(write)
            .WithSummary("Einen Anbieter ändern")
            .WithDescription("If-Match mit dem ETag ist Pflicht (fehlt er: 428; ist er veraltet: 412).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapDelete("/{id:int}", async (int id, HttpRequest request, VendorService vendors, CancellationToken ct) =>
            {
                await vendors.DeleteAsync(id, ETags.RequiredVersion(request, VendorService.EntityName), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(write)
            .WithSummary("Einen Anbieter löschen")
            .WithDescription("Abgelehnt (409), solange Produkte oder Verträge von ihm abhängen.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }
}
