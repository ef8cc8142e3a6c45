using ItInventory.Web.Data;
using ItInventory.Web.Data.Backup;
using ItInventory.Web.Data.Seeding;
using ItInventory.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Composition;

/// <summary>
/// Ends a failed start (of the server or of a command-line verb) the way an operator can act on: one German line on
/// standard error and exit code 1, instead of an unhandled exception (exit code 134, an English stack trace).
/// </summary>
public static class StartupGuard
{
    public const int FaultExitCode = 1;

    public static async Task<int> RunAsync(Func<Task<int>> run)
    {
        try
        {
            return await run();
        }
        // The test host (WebApplicationFactory) stops the entry point with this exception once it has the built host.
        catch (Exception ex) when (ex is not HostAbortedException && RunsAsItsOwnProcess)
        {
            Console.Error.WriteLine(Message(ex));
            return FaultExitCode;
        }
    }

    /// <summary>
    /// Runs start-up work on the database. A database error becomes a German <see cref="StartupFaultException"/>; a
    /// SQLite file that this very start created is removed again, so that a failed first start leaves nothing half-made
    /// behind (the next start begins afresh instead of on a database without sample city or with half the migrations).
    /// </summary>
    public static async Task OnDatabaseAsync(IServiceProvider services, Func<Task> work)
    {
        var database = services.GetRequiredService<InventoryDatabase>();
        var newFile = NewSqliteFile(database);
        try
        {
            await work();
        }
        catch (Exception ex) when (ex is not HostAbortedException)
        {
            if (newFile is not null)
            {
                SqliteFiles.Delete(newFile);
            }

            if (DatabaseFaults.Explain(ex, database) is { } fault)
            {
                throw fault;
            }

            throw;
        }
    }

    /// <summary>
    /// Only a process started from this app answers a fault with a message and an exit code. A host that runs the entry
    /// point itself (the tests' WebApplicationFactory, whose process is the test runner) needs the exception: it waits
    /// for the server the entry point starts, and a quiet return would leave it without one and without the cause.
    /// </summary>
    private static bool RunsAsItsOwnProcess => System.Reflection.Assembly.GetEntryAssembly() == typeof(StartupGuard).Assembly;

    private static string Message(Exception exception) => exception switch
    {
        StartupFaultException or SeedDataException => exception.Message,
        OptionsValidationException options => string.Join(Environment.NewLine, options.Failures),
        _ => $"Die App konnte nicht starten, unerwarteter Fehler: {exception}",
    };

    private static string? NewSqliteFile(InventoryDatabase database)
    {
        if (database.Provider != DatabaseProvider.Sqlite)
        {
            return null;
        }

        var path = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
        return path == ":memory:" || File.Exists(path) ? null : path;
    }
}
