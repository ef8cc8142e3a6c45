using System.Diagnostics;
using System.Net;
using System.Text.Json;
using ItInventory.Web.Features.Api;
using ItInventory.Web.Tests.Features.Accounts;
using ItInventory.Web.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ItInventory.Web.Tests.Features.Api;

/// <summary>A test that runs the OpenAPI validator with Node.js; skipped, with the reason, where node is missing.</summary>
public sealed class NodeValidatorFactAttribute : FactAttribute
{
    public NodeValidatorFactAttribute()
    {
        if (OidcTestProvider.NodeExecutable is null)
        {
            Skip = "Node.js (node) ist nicht installiert: Die OpenAPI-Prüfung braucht ihn für tests/openapi-validator.";
        }
    }
}

public class OpenApiDocumentTests(ApiFixture app) : IClassFixture<ApiFixture>
{
    private async Task<string> DocumentAsync()
    {
        var response = await app.Anonymous.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [NodeValidatorFact]
    public async Task The_document_passes_a_real_OpenAPI_validator()
    {
        var folder = ValidatorFolder();
        Assert.True(Directory.Exists(Path.Combine(folder, "node_modules")),
            $"{folder}/node_modules fehlt: bitte „npm ci --prefix tests/openapi-validator“ ausführen (scripts/test.sh tut das selbst).");
        var file = Path.Combine(Path.GetTempPath(), $"itinventory-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, await DocumentAsync());
        try
        {
            var start = new ProcessStartInfo(OidcTestProvider.NodeExecutable!) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add("validate.mjs");
            start.ArgumentList.Add(file);
            using var node = Process.Start(start)!;
            var output = await node.StandardOutput.ReadToEndAsync();
            var errors = await node.StandardError.ReadToEndAsync();
            await node.WaitForExitAsync();

            Assert.True(node.ExitCode == 0, $"Das OpenAPI-Dokument ist ungültig:\n{errors}\n{output}");
            Assert.StartsWith("gültig: OpenAPI 3.", output);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task The_document_describes_every_api_route_the_app_maps()
    {
        using var document = JsonDocument.Parse(await DocumentAsync());
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
        using var document = JsonDocument.Parse(await DocumentAsync());
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

    private static string ValidatorFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "openapi-validator");
            if (File.Exists(Path.Combine(candidate, "validate.mjs")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"tests/openapi-validator/validate.mjs nicht gefunden (gesucht ab {AppContext.BaseDirectory}).");
    }
}
