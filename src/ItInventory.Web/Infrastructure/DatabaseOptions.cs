namespace ItInventory.Web.Infrastructure;

/// <summary>Which database server the inventory lives on, bound from the "Database" section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// Reads <c>Database:Provider</c> before the container is built (the provider decides which services are registered).
    /// The configuration binder would reject a typo with an English type-conversion message; operators get a German one
    /// that lists the allowed values.
    /// </summary>
    public static DatabaseOptions From(IConfiguration configuration)
    {
        var configured = configuration[$"{Section}:Provider"];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return new DatabaseOptions();
        }

        if (Enum.TryParse<DatabaseProvider>(configured.Trim(), ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            && !char.IsDigit(configured.Trim()[0]))
        {
            return new DatabaseOptions { Provider = provider };
        }

        throw new StartupFaultException(
            $"Die Einstellung {Section}:Provider hat den ungültigen Wert „{configured}“. Erlaubt sind „Sqlite“ (Standard) und „PostgreSql“.");
    }
}
