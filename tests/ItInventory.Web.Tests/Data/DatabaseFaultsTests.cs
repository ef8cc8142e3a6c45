using ItInventory.Web.Data;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Tests.Support;
using Microsoft.Data.Sqlite;

namespace ItInventory.Web.Tests.Data;

/// <summary>
/// What SQLite itself reports, turned into the operator's German line. The faults are real SQLite errors; a full disk
/// is reached through SQLite's page limit, which fails with the same result code (SQLITE_FULL) as a full file system.
/// </summary>
public class DatabaseFaultsTests
{
    [Fact]
    public void A_full_disk_is_named_with_the_setting_and_the_file()
    {
        var path = TestDatabase.NewPath();
        var exception = Catch(path, connection =>
        {
            Execute(connection, "CREATE TABLE t (x BLOB)");
            Execute(connection, "PRAGMA max_page_count = 3");
            Execute(connection, "INSERT INTO t VALUES (zeroblob(100000))");
        });

        var fault = DatabaseFaults.Explain(new InvalidOperationException("wrapped", exception!), new InventoryDatabase(DatabaseProvider.Sqlite, $"Data Source={path}"));

        Assert.Equal($"Die Datenbank „{path}“ aus der Einstellung ConnectionStrings:Inventory kann nicht wachsen: Der Datenträger ist voll.", fault!.Message);
    }

    [Fact]
    public void A_database_sqlite_may_only_read_is_named_write_protected()
    {
        var path = TestDatabase.NewPath();
        Catch(path, connection => Execute(connection, "CREATE TABLE t (x)"), expectFailure: false);
        var exception = Catch($"{path};Mode=ReadOnly", connection => Execute(connection, "INSERT INTO t VALUES (1)"))!;

        var fault = DatabaseFaults.Explain(exception, new InventoryDatabase(DatabaseProvider.Sqlite, $"Data Source={path}"));

        Assert.Contains("ConnectionStrings:Inventory ist schreibgeschützt", fault!.Message);
    }

    [Fact]
    public void Other_exceptions_are_not_taken_for_database_faults()
    {
        Assert.Null(DatabaseFaults.Explain(new InvalidOperationException("x"), new InventoryDatabase(DatabaseProvider.Sqlite, "Data Source=a.db")));
    }

    [Fact]
    public void In_development_the_missing_data_folder_is_created_as_before()
    {
        var folder = Path.Combine(Path.GetTempPath(), "itinventory-tests", "neu-" + Guid.NewGuid().ToString("N"));

        var connectionString = DataServiceCollectionExtensions.SqliteConnectionString("Data Source=data/inventory.db", folder, createMissingFolder: true);

        Assert.True(Directory.Exists(Path.Combine(folder, "data")));
        Assert.Contains(Path.Combine(folder, "data", "inventory.db"), connectionString);
        Directory.Delete(folder, recursive: true);
    }

    private static SqliteException? Catch(string dataSource, Action<SqliteConnection> work, bool expectFailure = true)
    {
        using var connection = new SqliteConnection($"Data Source={dataSource};Pooling=False");
        connection.Open();
        try
        {
            work(connection);
        }
        catch (SqliteException ex) when (expectFailure)
        {
            return ex;
        }

        Assert.False(expectFailure, "SQLite hat den Fehler nicht gemeldet.");
        return null;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
