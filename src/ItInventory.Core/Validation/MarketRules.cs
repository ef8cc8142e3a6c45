namespace ItInventory.Core.Validation;

/// <summary>Names in the shared market catalogue: a vendor's and a market product's, as forms and imports take them.</summary>
public static class MarketRules
{
    public const int MaxNameLength = 200;

    /// <param name="what">"Der Name des Anbieters" or "Der Name des Marktprodukts".</param>
    public static string? NameProblem(string? name, string what)
    {
        var clean = NameRules.Clean(name);
        if (clean.Length == 0)
            return $"{what} fehlt.";
        if (clean.Length > MaxNameLength)
            return $"{what} darf höchstens {MaxNameLength} Zeichen lang sein.";
        return TextRules.CanStore(clean) ? null : $"{what} enthält ein unzulässiges Zeichen.";
    }

    public static string? VendorNameProblem(string? name) => NameProblem(name, "Der Name des Anbieters");

    public static string? ProductNameProblem(string? name) => NameProblem(name, "Der Name des Marktprodukts");
}
