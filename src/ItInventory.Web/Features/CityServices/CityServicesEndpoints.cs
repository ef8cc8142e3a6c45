using ItInventory.Web.Features.Import;
using ItInventory.Web.Infrastructure.Security;

namespace ItInventory.Web.Features.CityServices;

/// <summary>The case-number template as a plain download.</summary>
public static class CityServicesEndpoints
{
    public static IEndpointRouteBuilder MapCityServicesEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/leistungen/fallzahlen/vorlage", async (CaseNumberImport import, CancellationToken ct) =>
        {
            try
            {
                return Results.File(await import.TemplateAsync(ct), ImportReportWriter.ContentType, CaseNumberImport.FileName);
            }
            catch (AccessDeniedException)
            {
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }
        }).RequireAuthorization(nameof(Permission.EditInventory)).ExcludeFromDescription();
        return app;
    }
}
