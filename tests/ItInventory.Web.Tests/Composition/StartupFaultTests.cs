using System.Net;
using System.Net.Sockets;
using ItInventory.Web.Tests.Support;

namespace ItInventory.Web.Tests.Composition;

/// <summary>
/// The real app as a process against each fault of its database setting: a German line that names the setting and
/// the cause, exit code 1 (not 134 from an unhandled exception) and nothing left half-made. Each fault is tried with
/// the server start and with a command-line verb, which share the start-up.
/// </summary>
public class StartupFaultTests
{
    public static TheoryData<string[]> Starts => new()
    {
        Array.Empty<string>(),
        new[] { "user", "create", "--name", "anna", "--role", "Administrator", "--password", "Lange-Passphrase-2026" },
        new[] { "backup", "--to", Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.db") },
    };

    [Theory]
    [MemberData(nameof(Starts))]
    public async Task A_write_protected_database_file_is_named_and_refused(string[] args)
    {
        var path = TestDatabase.NewPath();
        await File.WriteAllBytesAsync(path, []);
        File.SetAttributes(path, FileAttributes.ReadOnly);
        try
        {
            var outcome = await AppProcess.RunAsync(Sqlite(path), args);

            AssertRefused(outcome, "ConnectionStrings:Inventory", path, "ist schreibgeschützt");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [MemberData(nameof(Starts))]
    public async Task A_path_under_a_file_is_named_and_refused(string[] args)
    {
        var file = TestDatabase.NewPath();
        await File.WriteAllTextAsync(file, "kein Ordner");
        try
        {
            var outcome = await AppProcess.RunAsync(Sqlite(Path.Combine(file, "daten", "inventory.db")), args);

            AssertRefused(outcome, "ConnectionStrings:Inventory", $"liegt unter „{file}“, und das ist eine Datei, kein Ordner");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [MemberData(nameof(Starts))]
    public async Task A_missing_folder_is_not_created_outside_development(string[] args)
    {
        var folder = Path.Combine(Path.GetTempPath(), "itinventory-tests", "vertippt-" + Guid.NewGuid().ToString("N"));

        var outcome = await AppProcess.RunAsync(Sqlite(Path.Combine(folder, "inventory.db")), args);

        AssertRefused(outcome, "ConnectionStrings:Inventory", $"in einem Ordner, den es nicht gibt („{folder}“)");
        Assert.False(Directory.Exists(folder));
    }

    [Theory]
    [MemberData(nameof(Starts))]
    public async Task An_unreachable_postgresql_server_is_named_without_the_password(string[] args)
    {
        var port = ClosedPort();
        var outcome = await AppProcess.RunAsync(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:Inventory"] = $"Host=127.0.0.1;Port={port};Database=inventar;Username=app;Password=Geheim-4711;Timeout=5",
        }, args);

        if (args is ["backup", ..])
        {
            // The verb never connects: on PostgreSQL it points to pg_dump.
            Assert.Equal(1, outcome.ExitCode);
            Assert.Contains("pg_dump", outcome.Errors);
            return;
        }

        AssertRefused(outcome, "ConnectionStrings:Inventory", $"Der PostgreSQL-Server 127.0.0.1:{port} (Datenbank „inventar“)", "ist nicht erreichbar");
        Assert.DoesNotContain("Geheim-4711", outcome.Errors);
    }

    [Fact]
    public async Task A_failed_first_start_leaves_no_half_made_database_behind()
    {
        var path = TestDatabase.NewPath();
        var emptySeedFolder = Directory.CreateTempSubdirectory("itinventory-seed-").FullName;

        var outcome = await AppProcess.RunAsync(new Dictionary<string, string?>(Sqlite(path)) { ["Inventory:SeedDataPath"] = emptySeedFolder });

        AssertRefused(outcome, "Die Datei fehlt im Ordner");
        Assert.False(File.Exists(path), "Die bei diesem Start angelegte Datenbank blieb halb fertig liegen.");
        Assert.False(File.Exists(path + "-wal"));
    }

    [Fact]
    public async Task An_unknown_provider_ends_with_exit_code_1_instead_of_an_unhandled_exception()
    {
        var outcome = await AppProcess.RunAsync(new Dictionary<string, string?> { ["Database:Provider"] = "Postgres" });

        AssertRefused(outcome, "Database:Provider hat den ungültigen Wert „Postgres“");
    }

    private static Dictionary<string, string?> Sqlite(string path) => new()
    {
        ["Database:Provider"] = "Sqlite",
        ["ConnectionStrings:Inventory"] = $"Data Source={path}",
    };

    private static void AssertRefused(AppProcess.Outcome outcome, params string[] expected)
    {
        Assert.True(outcome.ExitCode == 1, $"Exit-Code {outcome.ExitCode}, Fehlerausgabe: {outcome.Errors}");
        foreach (var text in expected)
        {
            Assert.Contains(text, outcome.Errors);
        }

        Assert.DoesNotContain("Unhandled exception", outcome.Errors);
        Assert.DoesNotContain("   at ", outcome.Errors);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
