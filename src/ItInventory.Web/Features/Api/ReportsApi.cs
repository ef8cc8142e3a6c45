using ItInventory.Web.Features.Reports;

namespace ItInventory.Web.Features.Api;

/// <summary><c>/api/v1/reports/{name}.xlsx</c>: the Excel reports of the reports screen, built by the same <see cref="ReportService"/>.</summary>
public static class ReportsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/reports").WithTags("Berichte");
        foreach (var definition in ReportCatalog.Addressable)
        {
            group.MapGet($"/{definition.Slug}.xlsx", async (HttpContext context, ReportService reports, CancellationToken ct) =>
                {
                    // Same parameters as /berichte (e.g. suche, amt, fristTage, jahr); invalid ones become a 400 problem.
                    var file = await reports.CreateAsync(definition, ReportParameters.Parse(context.Request.Query), ct);
                    return file.ToResult(ct);
                })
                .RequireAuthorization(ApiPolicies.For(definition.Permission))
                .WithSummary($"Bericht „{definition.Title}“ als Excel-Datei")
                .WithDescription(definition.Description + " Parameter wie unter /berichte/" + definition.Slug + ".xlsx.")
                .Produces(StatusCodes.Status200OK, contentType: ReportFile.ContentType)
                .ProducesValidationProblem();
        }
    }
}
