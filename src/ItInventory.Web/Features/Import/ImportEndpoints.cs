using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;

namespace ItInventory.Web.Features.Import;

/// <summary>Plain downloads for the wizard: the template and the report of a finished import.</summary>
public static class ImportEndpoints
{
    public static IEndpointRouteBuilder MapImportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/import/vorlage", async (ImportService import) =>
        {
            try
            {
                return Results.File(await import.TemplateAsync(), ImportReportWriter.ContentType, ImportTemplate.FileName);
            }
            catch (AccessDeniedException)
            {
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }
        }).RequireAuthorization(nameof(Permission.Import)).ExcludeFromDescription();

        app.MapGet("/import/bericht/{id:guid}", async (Guid id, ImportService import) =>
        {
            try
            {
                var report = await import.ReportAsync(id);
                return report is null
                    ? Results.NotFound("Der Importbericht ist nicht mehr verfügbar; Berichte werden nur kurze Zeit aufbewahrt.")
                    : Results.File(report.Content, ImportReportWriter.ContentType, report.FileName);
            }
            catch (AccessDeniedException)
            {
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }
        }).RequireAuthorization(nameof(Permission.Import)).ExcludeFromDescription();

        app.MapGet("/import/laeufe/{id:int}/bericht", async (int id, ImportRuns runs, CancellationToken ct) =>
        {
            try
            {
                var (content, fileName) = await runs.ReportAsync(id, ct);
                return Results.File(content, ImportReportWriter.ContentType, fileName);
            }
            catch (NotFoundException ex)
            {
                return Results.NotFound(ex.Message);
            }
            catch (AccessDeniedException)
            {
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }
        }).RequireAuthorization(nameof(Permission.Import)).ExcludeFromDescription();

        return app;
    }
}
