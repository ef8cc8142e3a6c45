using System.Diagnostics;
using ItInventory.Benchmarks.Harness;

namespace ItInventory.Web.Tests.Support;

/// <summary>
/// Runs the built app as its own process, as an operator starts it: for start-up faults and command-line verbs, whose
/// exit code and standard error are the whole interface (a WebApplicationFactory would hide both).
/// </summary>
public static class AppProcess
{
    public sealed record Outcome(int ExitCode, string Output, string Errors);

    /// <summary>
    /// Starts the app in Production (unless the settings say otherwise) with the given settings as environment
    /// variables ("Section:Key"), waits for it to end and kills it after the timeout (a start that did not fail serves).
    /// </summary>
    public static async Task<Outcome> RunAsync(IReadOnlyDictionary<string, string?> settings, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [RepositoryPaths.WebAppDll, .. args])
        {
            WorkingDirectory = Path.GetDirectoryName(RepositoryPaths.WebAppDll)!,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["Inventory__AsOfDate"] = TestDatabase.AsOf.ToString("yyyy-MM-dd");
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__")] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(180));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"Die App lief nach 180 s noch: {await errors}");
        }

        return new Outcome(process.ExitCode, await output, await errors);
    }
}
