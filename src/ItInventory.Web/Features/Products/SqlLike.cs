namespace ItInventory.Web.Features.Products;

/// <summary>User text inside a SQL LIKE pattern: wildcards typed by the user are matched literally.</summary>
public static class SqlLike
{
    public const string EscapeCharacter = "\\";

    public static string Escape(string value) =>
        value.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
