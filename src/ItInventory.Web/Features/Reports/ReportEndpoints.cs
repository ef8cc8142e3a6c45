using ItInventory.Web.Infrastructure.Editing;

namespace ItInventory.Web.Features.Reports;

/// <summary>GET /berichte/{name}.xlsx: streams a report as an attachment, protected by the report's permission.</summary>
public static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        foreach (var definition in ReportCatalog.Addressable)
        {
            endpoints.MapGet(definition.Path, async (HttpContext context, ReportService reports, CancellationToken cancellationToken) =>
                {
                    try
                    {
                        var file = await reports.CreateAsync(definition, ReportParameters.Parse(context.Request.Query), cancellationToken);
                        return file.ToResult(cancellationToken);
                    }
                    catch (ValidationFailedException invalid)
                    {
                        return Results.ValidationProblem(invalid.Errors, title: "Ungültige Berichtsparameter");
                    }
                    catch (NotFoundException missing)
                    {
                        // A vendor's report for a vendor that is not there (or belongs to another tenant).
                        return Results.Problem(missing.Message, statusCode: StatusCodes.Status404NotFound, title: "Nicht gefunden");
                    }
                })
                .RequireAuthorization(definition.Permission.ToString())
                .WithName($"Bericht-{definition.Slug}")
                .ExcludeFromDescription();
        }

        return endpoints;
    }
}
