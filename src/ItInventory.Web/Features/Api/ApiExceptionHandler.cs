using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace ItInventory.Web.Features.Api;

/// <summary>
/// Turns the services' exceptions into German problem details, for requests under <c>/api</c> only: the pages keep
/// their own error handling.
/// </summary>
public sealed class ApiExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!httpContext.Request.Path.StartsWithSegments("/api") || httpContext.Response.HasStarted)
        {
            return false;
        }

        ProblemDetails problem = exception switch
        {
            ValidationFailedException { IsConflict: true } e => ApiProblems.Validation(e.Errors, "Schon vergeben.", StatusCodes.Status409Conflict),
            ValidationFailedException e => ApiProblems.Validation(e.Errors),
            AccessDeniedException e => ApiProblems.Create(StatusCodes.Status403Forbidden, "Keine Berechtigung.", e.Message),
            NotFoundException e => ApiProblems.Create(StatusCodes.Status404NotFound, "Nicht gefunden.", e.Message),
            DeleteRefusedException e => ApiProblems.Create(StatusCodes.Status409Conflict, "Löschen nicht möglich.", e.Message),
            ConcurrencyConflictException e => ConflictProblem(e),
            PreconditionRequiredException e => ApiProblems.Create(StatusCodes.Status428PreconditionRequired, "If-Match fehlt.", e.Message),
            ApiQueryException e => ApiProblems.Validation(new Dictionary<string, string[]> { [e.Field] = [e.Message] }, "Ein Parameter der Anfrage ist ungültig."),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => TooLarge(httpContext),
            BadHttpRequestException e when BindingFailure.Of(e) is { } failure =>
                ApiProblems.Validation(new Dictionary<string, string[]> { [failure.Parameter] = [failure.Message] }, "Ein Parameter der Anfrage ist ungültig."),
            BadHttpRequestException e when BindingFailure.OfBody(e) is { } failure =>
                ApiProblems.Validation(new Dictionary<string, string[]> { [failure.Field] = [failure.Message] }),
            BadHttpRequestException e => ApiProblems.Create(e.StatusCode, "Die Anfrage ist fehlerhaft.", BadRequestDetail(e)),
            // Anything else is a fault of the server; the exception middleware has logged it. The client gets no
            // internals, but a German problem instead of the framework's English sentence.
            _ => ApiProblems.Create(StatusCodes.Status500InternalServerError, "Interner Fehler.",
                "Die Anfrage konnte wegen eines Fehlers auf dem Server nicht bearbeitet werden. Bitte versuchen Sie es später erneut "
                + "oder wenden Sie sich an den Betrieb (Zeitpunkt und Adresse der Anfrage helfen bei der Suche)."),
        };

        await ApiProblems.WriteAsync(httpContext, problem);
        return true;
    }

    public static ProblemDetails TooLarge(HttpContext httpContext)
    {
        var limit = httpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<ApiOptions>>().Value.MaxRequestBodyBytes;
        return ApiProblems.Create(StatusCodes.Status413PayloadTooLarge, "Die Anfrage ist zu groß.",
            $"Der Inhalt der Anfrage darf höchstens {limit / 1024:N0} KB groß sein.");
    }

    private static ProblemDetails ConflictProblem(ConcurrencyConflictException e)
    {
        var problem = ApiProblems.Create(StatusCodes.Status412PreconditionFailed, "Der Datensatz wurde inzwischen geändert.",
            e.Message + " Laden Sie ihn neu (GET) und senden Sie die Änderung mit dem neuen ETag in If-Match.");
        // The exception handler strips ETag headers from error responses, so the current version travels in the body.
        if (e.CurrentVersion is { } current)
        {
            problem.Extensions["currentETag"] = ETags.Format(current);
        }

        return problem;
    }

    /// <summary>The framework's messages are English and name .NET types; the client needs to know which part was wrong.</summary>
    private static string BadRequestDetail(BadHttpRequestException e) =>
        e.InnerException is System.Text.Json.JsonException json
            ? $"Der JSON-Inhalt ist ungültig{(json.Path is { Length: > 0 } path ? $" (bei {path})" : "")}. Bitte senden Sie gültiges JSON mit Content-Type application/json."
            : e.Message.Contains("JSON", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("body", StringComparison.OrdinalIgnoreCase)
                ? "Der Inhalt der Anfrage fehlt oder ist kein gültiges JSON."
                : "Ein Parameter der Anfrage hat ein ungültiges Format.";
}
