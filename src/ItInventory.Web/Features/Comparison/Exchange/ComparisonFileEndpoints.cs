using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;

namespace ItInventory.Web.Features.Comparison.Exchange;

/// <summary>The pages' downloads of the exchange and aggregate files (the API has its own under /api/v1/comparison).</summary>
public static class ComparisonFileEndpoints
{
    public const string ExchangePath = "/vergleich/austauschdatei.json";
    public const string AggregatePath = "/vergleichsstelle/gesamtdatei.json";

    public static IEndpointRouteBuilder MapComparisonFiles(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ExchangePath, async (ExchangeExportService exchange, CancellationToken ct) =>
            {
                try
                {
                    return Results.File(ComparisonJson.Write(await exchange.ExportAsync(ct)), "application/json", exchange.FileName);
                }
                catch (ValidationFailedException)
                {
                    return Results.Text(ExchangeExportService.NotTakingPart, "text/plain; charset=utf-8", statusCode: StatusCodes.Status409Conflict);
                }
            })
            .RequireAuthorization(nameof(Permission.Administer)).ExcludeFromDescription();
        endpoints.MapGet(AggregatePath, async (ComparisonOfficeService office, CancellationToken ct) =>
            {
                try
                {
                    return Results.File(ComparisonJson.Write(await office.AggregateAsync(cancellationToken: ct)), "application/json", office.AggregateFileName);
                }
                catch (NotFoundException)
                {
                    return Results.Text(ComparisonOfficeService.NotAnOffice, "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
                }
            })
            .RequireAuthorization(nameof(Permission.EditReferenceData)).ExcludeFromDescription();
        return endpoints;
    }
}
