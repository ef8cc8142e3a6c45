using System.Net;
using System.Text.Json;
using ItInventory.Web.Features.Api;
using ItInventory.Web.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ItInventory.Web.Tests.Features.Api;

public class OpenApiDocumentTests(ApiFixture app) : IClassFixture<ApiFixture>
{
    [NodeValidatorFact]
    public async Task The_document_passes_a_real_OpenAPI_validator()
    {
        var (exitCode, output, errors) = await OpenApiNode.RunAsync("validate.mjs", await OpenApiNode.DocumentAsync(app.Anonymous));

        Assert.True(exitCode == 0, $"Das OpenAPI-Dokument ist ungültig:\n{errors}\n{output}");
        Assert.StartsWith("gültig: OpenAPI 3.", output);
    }

    [Fact]
    public async Task The_document_describes_every_api_route_the_app_maps()
    {
        using var document = JsonDocument.Parse(await OpenApiNode.DocumentAsync(app.Anonymous));
        var paths = document.RootElement.GetProperty("paths");
        var described = paths.EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => $"{m.Name.ToUpperInvariant()} {p.Name}"))
            .ToHashSet();

        var mapped = app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith(ApiEndpoints.Prefix) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => $"{method} {OpenApiPath(e.RoutePattern.RawText!)}"))
            .ToList();

        Assert.True(mapped.Count >= 53, $"nur {mapped.Count} API-Routen gefunden");
        var missing = mapped.Where(m => !described.Contains(m)).ToList();
        Assert.True(missing.Count == 0, "Nicht im OpenAPI-Dokument: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task The_document_names_the_bearer_scheme_and_German_summaries()
    {
        using var document = JsonDocument.Parse(await OpenApiNode.DocumentAsync(app.Anonymous));
        var root = document.RootElement;

        Assert.StartsWith("3.", root.GetProperty("openapi").GetString());
        var scheme = root.GetProperty("components").GetProperty("securitySchemes").GetProperty(ApiDocument.BearerScheme);
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        var get = root.GetProperty("paths").GetProperty("/api/v1/contracts/{id}").GetProperty("get");
        Assert.Equal("Einen Vertrag mit seinen Fristen lesen", get.GetProperty("summary").GetString());
        var asOf = get.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "asOf");
        Assert.Equal("2024-06-30", asOf.GetProperty("example").GetString());
        var scalar = await app.Anonymous.GetAsync("/scalar/");
        Assert.Equal(HttpStatusCode.OK, scalar.StatusCode);
        Assert.Contains("ItInventory API", await scalar.Content.ReadAsStringAsync());
    }

    /// <summary>Route constraints are not part of an OpenAPI path: <c>{id:int}</c> → <c>{id}</c>.</summary>
    private static string OpenApiPath(string pattern) =>
        System.Text.RegularExpressions.Regex.Replace(pattern.TrimEnd('/'), @"\{([^}:]+):[^}]+\}", "{$1}");
}
