using Microsoft.AspNetCore.Mvc;

namespace ItInventory.Web.Features.Api;

/// <summary>RFC 9457 problem details in German, the one error shape of the API.</summary>
public static class ApiProblems
{
    public static ProblemDetails Create(int status, string title, string? detail = null) => new()
    {
        Status = status,
        Title = title,
        Detail = detail,
        Type = $"https://www.rfc-editor.org/rfc/rfc9110#name-{TypeAnchor(status)}",
    };

    public static HttpValidationProblemDetails Validation(IReadOnlyDictionary<string, string[]> errors, string title = "Die Eingaben sind ungültig.",
        int status = StatusCodes.Status400BadRequest) =>
        new(errors.ToDictionary(e => e.Key, e => e.Value))
        {
            Status = status,
            Title = title,
            Type = $"https://www.rfc-editor.org/rfc/rfc9110#name-{TypeAnchor(status)}",
        };

    public static IResult Result(int status, string title, string? detail = null) =>
        TypedResults.Problem(Create(status, title, detail));

    public static IResult BadRequest(string field, string message) =>
        TypedResults.Problem(Validation(new Dictionary<string, string[]> { [field] = [message] }));

    public static async Task WriteAsync(HttpContext context, ProblemDetails problem)
    {
        context.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        await context.Response.WriteAsJsonAsync(problem, problem.GetType(), options: null, contentType: "application/problem+json", context.RequestAborted);
    }

    private static string TypeAnchor(int status) => status switch
    {
        400 => "400-bad-request",
        401 => "401-unauthorized",
        403 => "403-forbidden",
        404 => "404-not-found",
        405 => "405-method-not-allowed",
        415 => "415-unsupported-media-type",
        409 => "409-conflict",
        412 => "412-precondition-failed",
        413 => "413-content-too-large",
        428 => "status.428",
        429 => "status.429",
        _ => "500-internal-server-error",
    };
}
