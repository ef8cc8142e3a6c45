using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ItInventory.Web.Tests.Features.Accounts;

/// <summary>The certified node-oidc-provider from tests/oidc-provider, as a real process on a free local port.</summary>
public sealed class OidcTestProvider : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private OidcTestProvider(Process process, string issuer)
    {
        _process = process;
        Issuer = issuer;
    }

    public string Issuer { get; }

    public static string? NodeExecutable { get; } = FindOnPath("node");

    /// <summary>A free port on the loopback interface, for the provider to bind once the app knows where it will be.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task<OidcTestProvider> StartAsync(int port, string redirectUri)
    {
        var folder = ProviderFolder();
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "oidc-provider")))
        {
            throw new InvalidOperationException($"{folder}/node_modules fehlt: bitte „npm ci --prefix tests/oidc-provider“ ausführen (scripts/test.sh tut das selbst).");
        }

        var start = new ProcessStartInfo(NodeExecutable ?? throw new InvalidOperationException("node fehlt."))
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "provider.js", "--port", port.ToString(), "--redirect-uri", redirectUri })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        var provider = new OidcTestProvider(process, $"http://127.0.0.1:{port}");
        process.OutputDataReceived += (_, e) => provider.Append(e.Data);
        process.ErrorDataReceived += (_, e) => provider.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await provider.WaitForDiscoveryAsync();
        return provider;
    }

    private async Task WaitForDiscoveryAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Der OpenID-Connect-Testanbieter hat sich beendet (Code {_process.ExitCode}):\n{Output}");
            }

            try
            {
                var response = await http.GetAsync($"{Issuer}/.well-known/openid-configuration");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Not answering yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"Der OpenID-Connect-Testanbieter hat nach 30 s kein Discovery-Dokument unter {Issuer} geliefert:\n{Output}");
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static string ProviderFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "oidc-provider");
            if (File.Exists(Path.Combine(candidate, "provider.js")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"tests/oidc-provider/provider.js nicht gefunden (gesucht ab {AppContext.BaseDirectory}).");
    }

    private static string? FindOnPath(string executable) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, executable))
            .FirstOrDefault(File.Exists);
}
