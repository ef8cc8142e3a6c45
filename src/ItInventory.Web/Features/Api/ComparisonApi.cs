using System.Text.Json;
using ItInventory.Core.Comparison;
using ItInventory.Core.Comparison.Exchange;
using ItInventory.Core.Domain.Tenants;
using ItInventory.Web.Features.Comparison;
using ItInventory.Web.Features.Comparison.Exchange;
using ItInventory.Web.Infrastructure.Security;

namespace ItInventory.Web.Features.Api;

/// <summary>
/// <c>/api/v1/comparison</c>: the page "Vergleich" (groups under the k rule, own position, joint demands), the own
/// exchange file, and the Vergleichsstelle's receipt of exchange files and its aggregate, and a city's import of it.
/// </summary>
public static class ComparisonApi
{
    private const int MinYear = 2000, MaxYear = 2100;

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/comparison").WithTags("Vergleich");

        group.MapGet("/", async (ComparisonService comparison, int? year, SizeClass? sizeClass, FederalState? state, CancellationToken ct) =>
                TypedResults.Ok(await comparison.ViewAsync(Year(year), new ComparisonFilter(sizeClass, state), ct)))
            .RequireAuthorization(ApiPolicies.For(Permission.ViewInventory))
            .WithSummary("Vergleich mit anderen Kommunen")
            .WithDescription("Mediane und Quartile je Marktprodukt und Kategorie (nur Gruppen aus mindestens k Kommunen, auch nach dem Filter sizeClass/state; Quartile erst ab 10), der eigene Wert und die eigene Position, Schnittstellen- und Vertragsanteile, der Anteil mit Online-Antrag (OZG-Reifegrad ≥ 3) und die gemeinsamen Forderungen. Leer, solange die eigene Kommune nicht teilnimmt. Mit importierter Gesamtdatei die Gruppen der Vergleichsstelle.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/joint-demands", async (ComparisonService comparison, int? year, SizeClass? sizeClass, FederalState? state, CancellationToken ct) =>
                TypedResults.Ok((await comparison.ViewAsync(Year(year), new ComparisonFilter(sizeClass, state), ct)).Demands))
            .RequireAuthorization(ApiPolicies.For(Permission.ViewInventory))
            .WithSummary("Gemeinsame Forderungen je Anbieter")
            .WithDescription("Marktprodukte, die mindestens k teilnehmende Kommunen nutzen und keiner eine Service-API bieten, oder deren Kosten bei den meisten über dem VPI stiegen.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/exchange", async (ExchangeExportService exchange, HttpContext context, CancellationToken ct) =>
            {
                var file = await exchange.ExportAsync(ct);
                context.Response.Headers.ContentDisposition = $"attachment; filename=\"{exchange.FileName}\"";
                return TypedResults.Json(file, ComparisonJson.Options);
            })
            .RequireAuthorization(ApiPolicies.For(Permission.Administer))
            .WithSummary("Austauschdatei der eigenen Kommune")
            .WithDescription("Die Kennzahlen der eigenen Kommune für eine Vergleichsstelle (Schema docs/comparison/exchange-v1.schema.json): je Marktprodukt und Kategorie Kosten je Einwohner und je Nutzer, Veränderung zum Vorjahr, Schnittstellenart, Vertragsbedingungen; Größenklasse, Land, zufällige Absenderkennung. Keine Namen, Schlüssel, Einwohnerzahl, Personen, Vertragsnummern, Notizen; Verträge mit Preisvertraulichkeit ohne Kosten. Nur bei Teilnahme; für die Verwaltung (Administration).")
            .Produces<ExchangeFile>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapPost("/exchange-files", async (ComparisonOfficeService office, HttpRequest request, CancellationToken ct) =>
                TypedResults.Ok(await office.ReceiveAsync(await FilesOfAsync(request, ct), ct)))
            .RequireAuthorization(ApiPolicies.For(Permission.EditReferenceData))
            .Accepts<ExchangeFile[]>("application/json")
            .WithSummary("Austauschdateien bei der Vergleichsstelle einreichen")
            .WithDescription("Eine Austauschdatei oder eine Liste davon. Jede wird gegen das Schema geprüft; ist eine fehlerhaft, wird keine gespeichert (je Datei eine Meldung). Von einem Absender bleibt nur die neueste Datei. Nur in einer Installation im Modus Vergleichsstelle (Comparison:Mode).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/aggregate", async (ComparisonOfficeService office, int? year, HttpContext context, CancellationToken ct) =>
            {
                var aggregate = await office.AggregateAsync(Year(year), ct);
                context.Response.Headers.ContentDisposition = $"attachment; filename=\"{office.AggregateFileName}\"";
                return TypedResults.Json(aggregate, ComparisonJson.Options);
            })
            .RequireAuthorization(ApiPolicies.For(Permission.EditReferenceData))
            .WithSummary("Gesamtdatei der Vergleichsstelle")
            .WithDescription("Mediane, Quartile, Anteile und gemeinsame Forderungen aller eingereichten Absender, je Größenklasse und je Land (Schema docs/comparison/aggregate-v1.schema.json); Gruppen unter k fehlen. Nur im Modus Vergleichsstelle.")
            .Produces<AggregateFile>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/aggregate", async (AggregateImportService import, HttpRequest request, CancellationToken ct) =>
            {
                var aggregate = await import.ImportAsync(new UploadedFile("Anfrage", await BodyAsync(request, ct)), ct);
                return TypedResults.Ok(new AggregateImported(aggregate.Year, aggregate.Senders, aggregate.CreatedOn));
            })
            .RequireAuthorization(ApiPolicies.For(Permission.Administer))
            .Accepts<AggregateFile>("application/json")
            .WithSummary("Gesamtdatei einer Vergleichsstelle importieren")
            .WithDescription("Ersetzt die bisher importierte Gesamtdatei der eigenen Kommune; die Seite Vergleich zeigt dann die eigene Position gegenüber ihren Gruppen.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static int? Year(int? year) => year is null or (>= MinYear and <= MaxYear)
        ? year
        : throw new ApiQueryException("year", $"Das Jahr muss zwischen {MinYear} und {MaxYear} liegen.");

    private static async Task<byte[]> BodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var copy = new MemoryStream();
        await request.Body.CopyToAsync(copy, ct);
        return copy.ToArray();
    }

    /// <summary>One file, or each element of a list as a file of its own ("Eintrag 1", …) for the messages.</summary>
    private static async Task<IReadOnlyList<UploadedFile>> FilesOfAsync(HttpRequest request, CancellationToken ct)
    {
        var body = await BodyAsync(request, ct);
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Array)
                return document.RootElement.EnumerateArray()
                    .Select((e, i) => new UploadedFile($"Eintrag {i + 1}", JsonSerializer.SerializeToUtf8Bytes(e))).ToList();
        }
        catch (JsonException)
        {
            // The reader names the problem for the one "file" below.
        }

        return [new UploadedFile("Anfrage", body)];
    }
}

public sealed record AggregateImported(int Year, int Senders, DateOnly CreatedOn);
