using ItInventory.Web.Data.Backup;
using ItInventory.Web.Tests.Support;
using Microsoft.Data.Sqlite;

namespace ItInventory.Web.Tests.Data.Backup;

/// <summary>The verbs <c>backup</c> and <c>restore</c> as an operator calls them, and what they refuse.</summary>
public class BackupCommandTests
{
    [SqliteFact]
    public async Task Backup_and_restore_on_the_command_line_bring_back_every_table()
    {
        await using var database = await TestDatabase.CreateSampleCityAsync();
        var backupFile = TestDatabase.NewPath();
        var restoredPath = TestDatabase.NewPath();

        var backup = await AppProcess.RunAsync(Settings(database.ConnectionString), "backup", "--to", backupFile);
        var restore = await AppProcess.RunAsync(Settings($"Data Source={restoredPath}"), "restore", "--from", backupFile);

        Assert.True(backup.ExitCode == 0, backup.Errors);
        Assert.Contains($"Gesichert nach „{backupFile}“", backup.Output);
        Assert.True(restore.ExitCode == 0, restore.Errors);
        Assert.Contains($"Zurückgespielt nach „{restoredPath}“", restore.Output);
        var original = SqliteTables.Read(SqliteTables.DataSource(database.ConnectionString));
        var restored = SqliteTables.Read(restoredPath);
        Assert.Equal(original.Keys.Order(), restored.Keys.Order());
        Assert.All(original, table => Assert.True(table.Value.SequenceEqual(restored[table.Key]), $"Tabelle {table.Key} weicht ab."));
        Assert.Contains(original, table => table.Key == "Products" && table.Value.Count > 0);
    }

    [SqliteFact]
    public async Task An_existing_backup_file_is_overwritten_only_when_stated()
    {
        await using var database = await TestDatabase.CreateSampleCityAsync();
        var backupFile = TestDatabase.NewPath();
        await File.WriteAllTextAsync(backupFile, "ältere Sicherung");

        var refused = await AppProcess.RunAsync(Settings(database.ConnectionString), "backup", "--to", backupFile);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains($"Die Datei „{backupFile}“ gibt es schon; sie wird nicht überschrieben.", refused.Errors);
        Assert.Equal("ältere Sicherung", await File.ReadAllTextAsync(backupFile));

        var overwritten = await AppProcess.RunAsync(Settings(database.ConnectionString), "backup", "--to", backupFile, "--overwrite");
        Assert.True(overwritten.ExitCode == 0, overwritten.Errors);
        Assert.Equal(SqliteTables.Read(SqliteTables.DataSource(database.ConnectionString)).Keys, SqliteTables.Read(backupFile).Keys);
    }

    [SqliteFact]
    public async Task A_restore_into_a_database_that_is_not_empty_is_refused_and_changes_nothing()
    {
        await using var database = await TestDatabase.CreateSampleCityAsync();
        await using var other = await TestDatabase.CreateSampleCityAsync();
        var path = SqliteTables.DataSource(database.ConnectionString);
        var before = SqliteTables.Read(path);

        var outcome = await AppProcess.RunAsync(Settings(database.ConnectionString), "restore", "--from", SqliteTables.DataSource(other.ConnectionString));

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"Die Datenbank „{path}“ aus der Einstellung ConnectionStrings:Inventory ist nicht leer", outcome.Errors);
        Assert.Equal(before, SqliteTables.Read(path));
    }

    [Theory]
    [InlineData("backup")]
    [InlineData("backup", "--to")]
    [InlineData("backup", "--too", "x.db")]
    [InlineData("restore", "--to", "x.db")]
    public async Task A_call_without_its_file_shows_the_usage(params string[] args)
    {
        var outcome = await AppProcess.RunAsync(Settings($"Data Source={TestDatabase.NewPath()}"), args);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains($"Aufruf: {args[0]} --", outcome.Errors);
    }

    [Fact]
    public async Task On_postgresql_restore_points_to_pg_restore()
    {
        var outcome = await AppProcess.RunAsync(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:Inventory"] = "Host=127.0.0.1;Database=inventar;Username=app",
        }, "restore", "--from", "sicherung.dump");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("pg_restore --no-owner --role=APP-ROLLE --dbname=DATENBANK DATEI", outcome.Errors);
    }

    [Fact]
    public void A_file_that_is_not_a_sqlite_database_is_refused_and_no_target_is_left_behind()
    {
        var notADatabase = TestDatabase.NewPath();
        File.WriteAllText(notADatabase, "Dies ist eine Textdatei, keine Sicherung, und sie ist lang genug für einen Kopf.".PadRight(200, '.'));
        var target = TestDatabase.NewPath();

        var error = Assert.Throws<BackupRefusedException>(() => SqliteRestore.Run($"Data Source={target}", notADatabase, ["0001_Start"]));

        Assert.Equal($"„{notADatabase}“ ist keine SQLite-Datenbank und damit keine Sicherung von ItInventory.", error.Message);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void A_sqlite_file_of_another_program_is_refused()
    {
        var foreign = TestDatabase.NewPath();
        using (var connection = SqliteFiles.Open(foreign, SqliteOpenMode.ReadWriteCreate))
        {
            SqliteFiles.Execute(connection, "CREATE TABLE Rezepte (Name TEXT)");
        }

        var error = Assert.Throws<BackupRefusedException>(() => SqliteRestore.Run($"Data Source={TestDatabase.NewPath()}", foreign, ["0001_Start"]));

        Assert.Contains("ist keine Sicherung von ItInventory: Es fehlt die Tabelle __EFMigrationsHistory", error.Message);
    }

    [SqliteFact]
    public async Task A_backup_of_a_newer_version_is_refused_with_the_unknown_migration()
    {
        await using var database = await TestDatabase.CreateSampleCityAsync();
        var backupFile = TestDatabase.NewPath();
        SqliteBackup.Run(database.ConnectionString, backupFile, overwrite: false);
        using (var connection = SqliteFiles.Open(backupFile, SqliteOpenMode.ReadWrite))
        {
            SqliteFiles.Execute(connection, "INSERT INTO \"__EFMigrationsHistory\" VALUES ('29991231000000_Zukunft', '99.0.0')");
        }

        await using var db = database.CreateContext();
        var known = Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetMigrations(db.Database).ToList();
        var error = Assert.Throws<BackupRefusedException>(() => SqliteRestore.Run($"Data Source={TestDatabase.NewPath()}", backupFile, known));

        Assert.Contains("Diese Version kennt die Migration „29991231000000_Zukunft“ nicht", error.Message);
    }

    [SqliteFact]
    public async Task A_backup_into_a_missing_folder_or_onto_a_folder_is_refused()
    {
        await using var database = await TestDatabase.CreateSampleCityAsync();
        var missing = Path.Combine(Path.GetTempPath(), "itinventory-tests", "fehlt-" + Guid.NewGuid().ToString("N"));

        var noFolder = Assert.Throws<BackupRefusedException>(() => SqliteBackup.Run(database.ConnectionString, Path.Combine(missing, "s.db"), overwrite: false));
        var ontoFolder = Assert.Throws<BackupRefusedException>(() => SqliteBackup.Run(database.ConnectionString, Path.GetTempPath(), overwrite: true));

        Assert.Equal($"Den Ordner „{missing}“ für die Sicherung gibt es nicht. Legen Sie ihn an oder wählen Sie einen anderen.", noFolder.Message);
        Assert.StartsWith($"„{Path.GetFullPath(Path.GetTempPath())}“ ist ein Ordner.", ontoFolder.Message);
        Assert.False(Directory.Exists(missing));
    }

    private static Dictionary<string, string?> Settings(string connectionString) => new()
    {
        ["Database:Provider"] = "Sqlite",
        ["ConnectionStrings:Inventory"] = connectionString,
    };
}
