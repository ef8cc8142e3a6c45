using ItInventory.Web.Data.Entities;
using ItInventory.Web.Features.Invoices;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;

namespace ItInventory.Web.Features.Api;

/// <summary>What happened to each file of a delivery of e-invoices.</summary>
public sealed record InvoiceIntakeResource(IReadOnlyList<IntakeResult> Files);

/// <summary>
/// <c>POST /api/v1/invoices</c>: the city's e-invoice inbox or finance system forwards XRechnung invoices (UBL or CII),
/// one as the body, or several as multipart files or a zip. Each is read, checked, matched and booked or left for review.
/// </summary>
public static class InvoicesApi
{
    private static readonly string[] XmlTypes = ["application/xml", "text/xml"];

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/invoices", async (HttpRequest request, InvoiceIntakeService intake, CancellationToken ct) =>
            {
                var files = await FilesOfAsync(request, ct);
                if (files is null)
                    return ApiProblems.Result(StatusCodes.Status415UnsupportedMediaType, "Inhaltstyp nicht unterstützt.",
                        "Erwartet wird eine XRechnung als application/xml oder text/xml, eine ZUGFeRD-PDF (application/pdf), ein ZIP-Archiv (application/zip) oder multipart/form-data mit Dateien.");
                if (files.Count == 0) return ApiProblems.BadRequest("file", "Die Anfrage enthält keine Rechnung.");
                var results = await intake.ReceiveAsync(files, ct);
                await intake.KeepBatchAsync(results, InvoiceBatchChannel.Api, ct);
                return results.All(r => r.Outcome == IntakeOutcome.Refused)
                    ? TypedResults.Problem(ApiProblems.Validation(
                        results.GroupBy(r => r.FileName).ToDictionary(g => g.Key, g => g.Select(r => r.Message).ToArray()),
                        "Keine Rechnung wurde angenommen."))
                    : TypedResults.Ok(new InvoiceIntakeResource(results));
            })
            .WithTags("Rechnungseingang")
            .RequireAuthorization(ApiPolicies.For(Permission.EditCosts))
            .DisableAntiforgery()
            // One list: routing answers 415 for any other content type, and the document names all four.
            .Accepts<string>("application/xml", "text/xml", "application/zip", "application/pdf", "multipart/form-data")
            .Produces<InvoiceIntakeResource>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithSummary("E-Rechnungen einliefern (XRechnung UBL oder CII)")
            .WithDescription("Eine Rechnung als Inhalt (application/xml), mehrere als multipart/form-data oder ZIP. Jede Datei wird einzeln geprüft: " +
                             "angenommen (gebucht oder zu prüfen) oder abgelehnt mit deutscher Begründung (kein XML, falscher Namensraum, Pflichtangabe fehlt mit BT-Nummer und XPath, " +
                             "Summen gehen nicht auf, andere Währung als EUR, DOCTYPE, Duplikat). 400, wenn keine Datei angenommen wurde.");
    }

    /// <returns>The files of the request; null when its content type is none of the accepted.</returns>
    private static async Task<IReadOnlyList<InvoiceFile>?> FilesOfAsync(HttpRequest request, CancellationToken ct)
    {
        var type = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        var options = request.HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<InvoiceOptions>>().Value;
        if (request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(ct);
            }
            catch (InvalidDataException)
            {
                throw new ValidationFailedException(new Dictionary<string, string[]> { ["file"] = ["Das multipart-Formular ist fehlerhaft und kann nicht gelesen werden."] });
            }
            var files = new List<InvoiceFile>();
            foreach (var file in form.Files)
            {
                using var copy = new MemoryStream();
                await file.CopyToAsync(copy, ct);
                files.AddRange(InvoiceUpload.Expand(file.FileName, copy.ToArray(), options));
            }
            return files;
        }
        if (type is null || !(XmlTypes.Contains(type) || type is "application/zip" or "application/pdf")) return null;
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, ct);
        return body.Length == 0 ? [] : InvoiceUpload.Expand(type switch { "application/zip" => "rechnungen.zip", "application/pdf" => "rechnung.pdf", _ => "rechnung.xml" }, body.ToArray(), options);
    }
}
