namespace ItInventory.Web.Features.Import;

/// <summary>What a spreadsheet column is imported as.</summary>
public enum ImportField
{
    Ignore,
    ProductName,
    Vendor,
    Department,
    Category,
    Description,
    InventoryNumber,
    Licences,
    Users,
    Operator,
    Lifecycle,
    /// <summary>An amount for one fiscal year and cost type; the year comes from the header.</summary>
    Cost,
    ContractEnd,
    NoticePeriod,
    Notes,
}

public static class ImportFields
{
    /// <summary>Without these a row cannot become a product.</summary>
    public static readonly IReadOnlyList<ImportField> Required = [ImportField.ProductName, ImportField.Vendor, ImportField.Department];

    /// <summary>Fields a column can be mapped to by hand; each at most once, except costs.</summary>
    public static readonly IReadOnlyList<ImportField> Selectable =
    [
        ImportField.ProductName, ImportField.Vendor, ImportField.Department, ImportField.Category, ImportField.Description,
        ImportField.InventoryNumber, ImportField.Licences, ImportField.Users, ImportField.Operator, ImportField.Lifecycle,
        ImportField.ContractEnd, ImportField.NoticePeriod, ImportField.Notes,
    ];

    public static string Label(ImportField field) => field switch
    {
        ImportField.Ignore => "ignorieren",
        ImportField.ProductName => "Produkt",
        ImportField.Vendor => "Anbieter",
        ImportField.Department => "Amt",
        ImportField.Category => "Kategorie",
        ImportField.Description => "Beschreibung",
        ImportField.InventoryNumber => "Inventarnummer",
        ImportField.Licences => "Lizenzen",
        ImportField.Users => "Nutzer",
        ImportField.Operator => "Betrieb",
        ImportField.Lifecycle => "Lebenszyklus",
        ImportField.Cost => "Kosten",
        ImportField.ContractEnd => "Vertragsende",
        ImportField.NoticePeriod => "Kündigungsfrist",
        ImportField.Notes => "Bemerkung",
        _ => field.ToString(),
    };
}
