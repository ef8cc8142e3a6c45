using ItInventory.Web.Infrastructure;

namespace ItInventory.Web.Tests.Support;

/// <summary>A test of something only one database server has; skipped, with the reason, in the other run.</summary>
public abstract class ProviderFactAttribute : FactAttribute
{
    protected ProviderFactAttribute(DatabaseProvider only, string reason)
    {
        if (TestProvider.Current != only)
        {
            Skip = reason;
        }
    }
}

/// <summary>Only PostgreSQL has it (row-level security).</summary>
public sealed class PostgreSqlFactAttribute()
    : ProviderFactAttribute(DatabaseProvider.PostgreSql, "Nur auf PostgreSQL: scripts/test.sh führt diesen Test im zweiten Lauf aus.");

/// <summary>Only SQLite has it (the file backup).</summary>
public sealed class SqliteFactAttribute()
    : ProviderFactAttribute(DatabaseProvider.Sqlite, "Nur auf SQLite: PostgreSQL sichert mit pg_dump, siehe README.");
