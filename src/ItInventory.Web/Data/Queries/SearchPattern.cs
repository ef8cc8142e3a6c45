namespace ItInventory.Web.Data.Queries;

/// <summary>LIKE patterns from user input, so "%" and "_" in a search are taken literally.</summary>
public static class SearchPattern
{
    public const string Escape = "\\";

    /// <summary>"text" → "%text%" with LIKE wildcards escaped; use with <see cref="Escape"/>.</summary>
    public static string Contains(string text) =>
        "%" + text.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
}
