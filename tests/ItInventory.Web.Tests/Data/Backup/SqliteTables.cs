using ItInventory.Web.Data.Backup;
using Microsoft.Data.Sqlite;

namespace ItInventory.Web.Tests.Data.Backup;

/// <summary>Every table of a SQLite file with every row as text, sorted, to compare two databases row by row.</summary>
public static class SqliteTables
{
    public static Dictionary<string, List<string>> Read(string path)
    {
        using var connection = SqliteFiles.Open(path, SqliteOpenMode.ReadOnly);
        var tables = new Dictionary<string, List<string>>();
        foreach (var table in SqliteFiles.Tables(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = command.ExecuteReader();
            var rows = new List<string>();
            while (reader.Read())
            {
                rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => Text(reader.GetValue(i)))));
            }

            rows.Sort(StringComparer.Ordinal);
            tables[table] = rows;
        }

        return tables;
    }

    public static string DataSource(string connectionString) => new SqliteConnectionStringBuilder(connectionString).DataSource;

    private static string Text(object value) => value switch
    {
        DBNull => "NULL",
        byte[] bytes => Convert.ToBase64String(bytes),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
    };
}
