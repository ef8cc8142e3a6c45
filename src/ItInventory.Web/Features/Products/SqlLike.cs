namespace ItInventory.Web.Features.Products;

/// <summary>
/// User text inside a SQL LIKE pattern: wildcards typed by the user are matched literally. The null character is
/// dropped: nothing stored can contain it (<see cref="ItInventory.Core.Validation.TextRules"/>), and PostgreSQL refuses
/// it even in a query parameter, so a pasted U+0000 in any search box would end in an error instead of a search.
/// </summary>
public static class SqlLike
{
    public const string EscapeCharacter = "\\";

    public static string Escape(string value) =>
        value.Replace("\0", "").Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
