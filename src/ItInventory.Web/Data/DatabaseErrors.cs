using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ItInventory.Web.Data;

public static class DatabaseErrors
{
    /// <summary>A unique, foreign-key, not-null or check constraint refused the save, on either provider.</summary>
    public static bool IsConstraintViolation(this DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException { SqliteErrorCode: 19 } => true,
        // SQLSTATE class 23: integrity constraint violation.
        PostgresException postgres => postgres.SqlState.StartsWith("23", StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>
    /// A unique index or primary key refused a second row with the same key: SQLite's extended codes 2067
    /// (SQLITE_CONSTRAINT_UNIQUE) and 1555 (SQLITE_CONSTRAINT_PRIMARYKEY), PostgreSQL's SQLSTATE 23505.
    /// </summary>
    public static bool IsUniqueViolation(this DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 } => true,
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } => true,
        _ => false,
    };
}
