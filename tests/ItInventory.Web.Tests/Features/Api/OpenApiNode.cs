using System.Diagnostics;
using ItInventory.Web.Tests.Features.Accounts;

namespace ItInventory.Web.Tests.Features.Api;

/// <summary>A test that runs a script of tests/openapi-validator with Node.js; skipped, with the reason, where node is missing.</summary>
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

/// <summary>Runs one of the Node scripts in tests/openapi-validator on the app's OpenAPI document.</summary>
public static class OpenApiNode
{
    /// <summary>The document as the app serves it, without a token.</summary>
    public static async Task<string> DocumentAsync(HttpClient anonymous)
    {
        var response = await anonymous.GetAsync("/openapi/v1.json");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string script, string document)
    {
        var folder = Folder();
        Assert.True(Directory.Exists(Path.Combine(folder, "node_modules", "openapi-typescript")),
            $"{folder}/node_modules fehlt oder ist veraltet: bitte „npm ci --prefix tests/openapi-validator“ ausführen (scripts/test.sh tut das selbst).");
        var file = Path.Combine(Path.GetTempPath(), $"itinventory-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, document);
        try
        {
            var start = new ProcessStartInfo(OidcTestProvider.NodeExecutable!) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(script);
            start.ArgumentList.Add(file);
            using var node = Process.Start(start)!;
            // Both streams at once: a full stderr pipe would otherwise block node while the test waits for stdout.
            var output = node.StandardOutput.ReadToEndAsync();
            var errors = node.StandardError.ReadToEndAsync();
            await node.WaitForExitAsync();
            return (node.ExitCode, await output, await errors);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string Folder()
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
