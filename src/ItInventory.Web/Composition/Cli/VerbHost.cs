using ItInventory.Web.Infrastructure.Editing;

namespace ItInventory.Web.Composition.Cli;

/// <summary>
/// The app a verb works on, built only once the verb's options are understood: a refused call or a help page opens no
/// database and writes nothing.
/// </summary>
internal sealed class VerbHost(string[] configuration) : IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>The database as it is, neither migrated nor seeded: backup and restore take it so.</summary>
    public IServiceProvider DatabaseAsIs => (_app ??= InventoryApplication.Build(configuration)).Services;

    /// <summary>The database migrated and seeded as for serving, and a scope for the verb's services.</summary>
    public async Task<AsyncServiceScope> PreparedScopeAsync()
    {
        var services = DatabaseAsIs;
        await StartupGuard.OnDatabaseAsync(services, () => services.InitializeDatabaseAsync());
        return services.CreateAsyncScope();
    }

    /// <summary>Runs a service call; what the service refuses (German, per field) goes to standard error, exit code 1.</summary>
    public static async Task<int> ReportingRefusalsAsync(Func<Task> work)
    {
        try
        {
            await work();
            return 0;
        }
        catch (ValidationFailedException ex)
        {
            foreach (var message in ex.Errors.SelectMany(e => e.Value))
            {
                Console.Error.WriteLine(message);
            }

            return 1;
        }
    }

    public ValueTask DisposeAsync() => _app?.DisposeAsync() ?? ValueTask.CompletedTask;
}
