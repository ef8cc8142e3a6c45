using ItInventory.Web.Infrastructure.Editing;

namespace ItInventory.Web.Features.Reports;

/// <summary>GET /berichte/{name}.xlsx: streams a report as an attachment, protected by the report's permission.</summary>
public static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        foreach (var definition in ReportCatalog.All)
        {
            endpoints.MapGet(definition.Path, async (HttpContext context, ReportService reports, CancellationToken cancellationToken) =>
                {
                    ReportParameters parameters;
                    try
                    {
                        parameters = ReportParameters.Parse(context.Request.Query);
                    }
                    catch (ValidationFailedException invalid)
                    {
                        return Results.ValidationProblem(invalid.Errors, title: "Ungültige Berichtsparameter");
                    }

                    var file = await reports.CreateAsync(definition, parameters, cancellationToken);
                    return file.ToResult(cancellationToken);
                })
                .RequireAuthorization(definition.Permission.ToString())
                .WithName($"Bericht-{definition.Slug}")
                .ExcludeFromDescription();
        }

        return endpoints;
    }
}
