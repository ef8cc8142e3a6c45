using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;
using netDumbster.smtp;

namespace ItInventory.Web.Tests.Features.Notifications;

/// <summary>A real SMTP server in the test process (netDumbster) on a free port; it can be down while the port is kept.</summary>
internal sealed class MailCatcher : IDisposable
{
    private SimpleSmtpServer? _server;

    public int Port { get; } = FreePort();

    public void Start() => _server = SimpleSmtpServer.Start(Port);

    public void Stop()
    {
        _server?.Stop();
        _server?.Dispose();
        _server = null;
    }

    /// <summary>The messages received, parsed back with MimeKit (subjects with umlauts arrive encoded).</summary>
    public IReadOnlyList<MimeMessage> Received => _server is null
        ? []
        : _server.ReceivedEmail.Select(m => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m.Data)))).ToList();

    /// <summary>The settings that point the app at this server.</summary>
    public Dictionary<string, string?> Settings => new()
    {
        ["Mail:Host"] = "127.0.0.1",
        ["Mail:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail:Security"] = "None",
        ["Mail:From"] = "inventar@musterstadt.example",
        ["Mail:BaseUrl"] = "https://inventar.musterstadt.example",
        // The test runs its passes itself; the service's first pass at start runs beside them.
        ["Mail:CheckInterval"] = "1.00:00:00",
    };

    public void Dispose() => Stop();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
