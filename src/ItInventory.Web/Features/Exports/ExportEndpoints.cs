using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Security;

namespace ItInventory.Web.Features.Exports;

public static class ExportEndpoints
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>GET /export/kostenpositionen.xlsx and /export/produkte.xlsx: streamed to the response as they are read.</summary>
    public static IEndpointRouteBuilder MapBulkExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/export/kostenpositionen.xlsx", (BulkExportService exports, InventoryClock clock) =>
                Results.Stream(body => exports.WriteCostLinesAsync(body), Xlsx, $"Kostenpositionen_{clock.Today:yyyy-MM-dd}.xlsx"))
            .RequireAuthorization(nameof(Permission.Export)).ExcludeFromDescription();
        endpoints.MapGet("/export/produkte.xlsx", (BulkExportService exports, InventoryClock clock) =>
                Results.Stream(body => exports.WriteProductsAsync(body), Xlsx, $"Produkte_{clock.Today:yyyy-MM-dd}.xlsx"))
            .RequireAuthorization(nameof(Permission.Export)).ExcludeFromDescription();
        return endpoints;
    }
}
