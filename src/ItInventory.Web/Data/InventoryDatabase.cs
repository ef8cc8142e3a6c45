using ItInventory.Web.Infrastructure;

namespace ItInventory.Web.Data;

/// <summary>
/// The database the installation runs on, as resolved at start (a relative SQLite path already made absolute). The
/// start-up checks and the backup verbs read it from here rather than resolving the setting a second time.
/// </summary>
public sealed record InventoryDatabase(DatabaseProvider Provider, string ConnectionString)
{
    public const string Setting = $"ConnectionStrings:{DataServiceCollectionExtensions.ConnectionStringName}";
}
