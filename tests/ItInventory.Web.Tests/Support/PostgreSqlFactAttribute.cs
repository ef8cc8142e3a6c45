using ItInventory.Web.Infrastructure;

namespace ItInventory.Web.Tests.Support;

/// <summary>A test of something only PostgreSQL has (row-level security); skipped, with the reason, in the SQLite run.</summary>
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute()
    {
        if (TestProvider.Current != DatabaseProvider.PostgreSql)
        {
            Skip = "Nur auf PostgreSQL: scripts/test.sh führt diesen Test im zweiten Lauf aus.";
        }
    }
}
