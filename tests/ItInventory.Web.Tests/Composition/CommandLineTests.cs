using ItInventory.Web.Tests.Data.Backup;
using ItInventory.Web.Tests.Support;

namespace ItInventory.Web.Tests.Composition;

/// <summary>
/// The verbs as an operator types them, against real SQLite files: what the parser refuses (German, exit code 2,
/// nothing written), the German help, and settings on the command line that still reach the host.
/// </summary>
public class CommandLineTests
{
    private const string Password = "Lange-Passphrase-2026";

    [SqliteFact]
    public async Task A_mistyped_option_is_refused_in_german_with_the_usage_and_nothing_is_created()
    {
        await using var database = await TestDatabase.CreateSampleCityAsync();
        var path = SqliteTables.DataSource(database.ConnectionString);
        var before = SqliteTables.Read(path);

        var outcome = await AppProcess.RunAsync(Sqlite(database.ConnectionString), "user", "create", "--nmae", "anna", "--role", "Administrator", "--password", Password);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("Unbekannte Option „--nmae“. Meinten Sie „--name“?", outcome.Errors);
        Assert.Contains("Die Option „--name“ fehlt.", outcome.Errors);
        Assert.Contains("Aufruf: user create --name NAME --role ROLLE", outcome.Errors);
        Assert.DoesNotContain("Unrecognized", outcome.Errors);
        Assert.Equal(before, SqliteTables.Read(path));
    }

    [Fact]
    public async Task A_refused_call_does_not_even_create_the_database_file()
    {
        var path = TestDatabase.NewPath();

        var outcome = await AppProcess.RunAsync(Sqlite($"Data Source={path}"), "backup", "--too", "sicherung.db");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("Unbekannte Option „--too“. Meinten Sie „--to“?", outcome.Errors);
        Assert.False(File.Exists(path));
    }

    [Theory]
    [InlineData(new[] { "token", "create", "--user", "admin" }, "Die Option „--scope“ fehlt.")]
    [InlineData(new[] { "token", "create", "--user", "admin", "--scope", "admin" }, "Die Option „--scope“ erwartet read oder write, nicht „admin“.")]
    [InlineData(new[] { "token", "create", "--user", "admin", "--scope", "read", "--days", "neunzig" }, "Die Option „--days“ erwartet eine ganze Zahl, nicht „neunzig“.")]
    [InlineData(new[] { "backup", "--to", "a.db", "--overwrite", "ja" }, "Unerwartetes Argument „ja“.")]
    [InlineData(new[] { "restore", "--from" }, "Die Option „--from“ braucht einen Wert.")]
    [InlineData(new[] { "user", "create", "--name", "a", "--name", "b", "--role", "Rat" }, "Die Option „--name“ ist mehrfach angegeben.")]
    [InlineData(new[] { "user" }, "Zu „user“ fehlt der Befehl, z. B. „user create“.")]
    [InlineData(new[] { "generate", "--products", "0" }, "--products muss zwischen 1 und 1.000.000 liegen.")]
    public async Task A_missing_or_malformed_option_is_refused_in_german(string[] args, string message)
    {
        var path = TestDatabase.NewPath();

        var outcome = await AppProcess.RunAsync(Sqlite($"Data Source={path}"), args);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(message, outcome.Errors);
        Assert.Contains("Aufruf: ", outcome.Errors.Replace("Hilfe zu einem Befehl", "Aufruf: "));
        Assert.False(File.Exists(path));
    }

    [Theory]
    [InlineData("backup", "--help")]
    [InlineData("user", "create", "-h")]
    [InlineData("token", "create", "--scope", "lesen", "--help")]
    public async Task Help_is_german_and_ends_with_exit_code_0(params string[] args)
    {
        var outcome = await AppProcess.RunAsync(Sqlite($"Data Source={TestDatabase.NewPath()}"), args);

        Assert.True(outcome.ExitCode == 0, outcome.Errors);
        Assert.Contains($"Aufruf: {string.Join(' ', args.TakeWhile(a => !a.StartsWith('-')))} --", outcome.Output);
        Assert.Contains("Optionen:", outcome.Output);
        Assert.Contains("-h, --help", outcome.Output);
        Assert.Contains("Zeigt diese Hilfe.", outcome.Output);
        Assert.DoesNotContain("Usage", outcome.Output);
        Assert.DoesNotContain("Options:", outcome.Output);
    }

    [Fact]
    public async Task The_help_of_backup_describes_each_option_in_german()
    {
        var outcome = await AppProcess.RunAsync(Sqlite($"Data Source={TestDatabase.NewPath()}"), "backup", "--help");

        Assert.Contains("Aufruf: backup --to DATEI [--overwrite]", outcome.Output);
        Assert.Contains("Zieldatei der Sicherung", outcome.Output);
        Assert.Contains("Überschreibt eine vorhandene Datei", outcome.Output);
    }

    [Fact]
    public async Task An_unknown_verb_lists_the_verbs_in_german()
    {
        var outcome = await AppProcess.RunAsync(Sqlite($"Data Source={TestDatabase.NewPath()}"), "sichern", "--to", "a.db");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("Unbekannter Befehl „sichern“.", outcome.Errors);
        Assert.Contains("Befehle:", outcome.Errors);
        foreach (var verb in new[] { "user create", "token create", "generate", "backup", "restore" })
        {
            Assert.Contains($"  {verb} ", outcome.Errors);
        }
    }

    [SqliteFact]
    public async Task Settings_on_the_command_line_reach_the_host_alongside_a_verb()
    {
        await using var database = await TestDatabase.CreateSampleCityAsync();
        var path = SqliteTables.DataSource(database.ConnectionString);
        // The environment names a folder that does not exist: only the command line's setting lets the verb run.
        var elsewhere = Sqlite($"Data Source={Path.Combine(Path.GetTempPath(), "itinventory-tests", "fehlt-" + Guid.NewGuid().ToString("N"), "x.db")}");

        var equals = await AppProcess.RunAsync(elsewhere, "user", "create", "--name", "anna", "--role", "Administrator", "--password", Password,
            $"--ConnectionStrings:Inventory=Data Source={path}", "--urls", "http://127.0.0.1:0");
        var spaced = await AppProcess.RunAsync(elsewhere, "--ConnectionStrings:Inventory", $"Data Source={path}",
            "user", "create", "--name", "bert", "--role", "Rat", "--password", Password, "--environment", "Production");

        Assert.True(equals.ExitCode == 0, equals.Errors);
        Assert.True(spaced.ExitCode == 0, spaced.Errors);
        var users = string.Join('\n', SqliteTables.Read(path)["AspNetUsers"]);
        Assert.Contains("anna", users);
        Assert.Contains("bert", users);
    }

    [SqliteFact]
    public async Task Users_and_tokens_are_created_and_the_services_refusals_still_hold()
    {
        await using var database = await TestDatabase.CreateSampleCityAsync();
        var settings = Sqlite(database.ConnectionString);
        var tokensBefore = Tokens(database);

        var council = await AppProcess.RunAsync(settings, "user", "create", "--name", "ratsmitglied", "--role", "Rat", "--display-name", "Rita Rat", "--password", Password);
        var readToken = await AppProcess.RunAsync(settings, "token", "create", "--user", "ratsmitglied", "--scope", "Read", "--name", "Ratsinfo", "--days", "30");
        var writeToken = await AppProcess.RunAsync(settings, "token", "create", "--user", "ratsmitglied", "--scope", "write");
        var operatorUser = await AppProcess.RunAsync(settings, "user", "create", "--name", "betrieb.krz", "--role", "Betreiber", "--password", Password);
        var operatorToken = await AppProcess.RunAsync(settings, "token", "create", "--user", "betrieb.krz", "--scope", "read");

        Assert.True(council.ExitCode == 0, council.Errors);
        Assert.Contains("Benutzer „ratsmitglied“ mit Rolle „Rat“ angelegt.", council.Output);
        Assert.True(readToken.ExitCode == 0, readToken.Errors);
        Assert.Contains("Token für „ratsmitglied“ (Lesen) angelegt", readToken.Errors);
        Assert.False(string.IsNullOrWhiteSpace(readToken.Output));
        Assert.Equal(1, writeToken.ExitCode);
        Assert.Contains("Die Rolle von „ratsmitglied“ darf nichts ändern; wählen Sie den Bereich „Lesen“.", writeToken.Errors);
        Assert.True(operatorUser.ExitCode == 0, operatorUser.Errors);
        Assert.Equal(1, operatorToken.ExitCode);
        Assert.Contains("Betreiberkonten und Konten ohne Rolle erhalten keine API-Tokens", operatorToken.Errors);
        Assert.Equal(tokensBefore + 1, Tokens(database));
    }

    [SqliteFact]
    public async Task Generate_fills_the_empty_database_its_connection_names()
    {
        await using var database = await TestDatabase.CreateSampleCityAsync();
        var target = TestDatabase.NewPath();

        var outcome = await AppProcess.RunAsync(Sqlite(database.ConnectionString),
            "generate", "--products", "30", "--years", "2", "--seed", "7", "--tenants", "3", "--connection", $"Data Source={target}");

        Assert.True(outcome.ExitCode == 0, outcome.Errors);
        Assert.Contains("Großinstanz erzeugt: 3 Mandanten, 30 Produkte", outcome.Output);
        Assert.Equal(30, SqliteTables.Read(target)["Products"].Count);
    }

    private static int Tokens(TestDatabase database) => SqliteTables.Read(SqliteTables.DataSource(database.ConnectionString))["PersonalAccessTokens"].Count;

    private static Dictionary<string, string?> Sqlite(string connectionString) => new()
    {
        ["Database:Provider"] = "Sqlite",
        ["ConnectionStrings:Inventory"] = connectionString,
    };
}
