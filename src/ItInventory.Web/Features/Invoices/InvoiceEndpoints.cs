using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;

namespace ItInventory.Web.Features.Invoices;

/// <summary>The download of a received invoice's original file, unchanged, for the page.</summary>
public static class InvoiceEndpoints
{
    public static IEndpointRouteBuilder MapInvoiceEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/rechnungseingang/{id:int}/original", async (int id, InvoiceReviewService invoices, CancellationToken ct) =>
        {
            try
            {
                var original = await invoices.OriginalAsync(id, ct);
                var type = original.FileName.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? "application/pdf" : "application/xml";
                return Results.File(original.Content, type, original.FileName);
            }
            catch (NotFoundException)
            {
                return Results.NotFound("Die Rechnung gibt es nicht (mehr).");
            }
            catch (AccessDeniedException)
            {
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }
        }).RequireAuthorization(nameof(Permission.ViewInventory)).ExcludeFromDescription();
        return app;
    }
}
