using ItInventory.Web.Infrastructure;

namespace ItInventory.Web.Tests.Support;

/// <summary>A test of something only SQLite has (the file backup); skipped, with the reason, in the PostgreSQL run.</summary>
public sealed class SqliteFactAttribute : FactAttribute
{
    public SqliteFactAttribute()
    {
        if (TestProvider.Current != DatabaseProvider.Sqlite)
        {
            Skip = "Nur auf SQLite: PostgreSQL sichert mit pg_dump, siehe README.";
        }
    }
}
