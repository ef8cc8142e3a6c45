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
}
