using ItInventory.Web.Infrastructure;
using Npgsql;

namespace ItInventory.Web.Tests.Support;

/// <summary>
/// Which database server the integration tests run on: SQLite files by default, or a PostgreSQL server with
/// <c>ITINVENTORY_TEST_PROVIDER=PostgreSql</c> and <c>ITINVENTORY_TEST_PG=Host=127.0.0.1;Port=...;Username=...</c>
/// (a role that may create databases). scripts/test.sh runs the suite once for each.
/// </summary>
public static class TestProvider
{
    public static DatabaseProvider Current { get; } = Read();

    /// <summary>The server connection for creating and dropping the tests' databases (database "postgres").</summary>
    public static string PostgreSqlServer
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("ITINVENTORY_TEST_PG");
            if (string.IsNullOrWhiteSpace(configured))
            {
                throw new InvalidOperationException("ITINVENTORY_TEST_PROVIDER=PostgreSql braucht ITINVENTORY_TEST_PG=Host=...;Port=...;Username=...");
            }

            return new NpgsqlConnectionStringBuilder(configured) { Database = "postgres", Pooling = false }.ConnectionString;
        }
    }

    /// <summary>
    /// The role the app connects as, as a data centre runs it: it owns the tables (it runs the migrations) but is no
    /// superuser, so the row-level security policies, which the tables force on their owner, apply to it. It may create
    /// databases, as the benchmarks' copies and a first start on an empty server need (CREATEDB passes no policy).
    /// </summary>
    public const string AppRole = "itinventory_app";

    public static string PostgreSqlDatabase(string name) =>
        new NpgsqlConnectionStringBuilder(PostgreSqlServer) { Database = name, Username = AppRole, Pooling = true }.ConnectionString;

    private static DatabaseProvider Read()
    {
        var configured = Environment.GetEnvironmentVariable("ITINVENTORY_TEST_PROVIDER");
        if (string.IsNullOrWhiteSpace(configured))
        {
            return DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(configured, ignoreCase: true, out var provider)
            ? provider
            : throw new InvalidOperationException($"ITINVENTORY_TEST_PROVIDER={configured}: erlaubt sind Sqlite und PostgreSql.");
    }
}
