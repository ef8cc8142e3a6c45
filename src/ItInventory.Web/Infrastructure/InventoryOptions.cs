namespace ItInventory.Web.Infrastructure;

/// <summary>Settings of the installation, bound from the "Inventory" section of appsettings.</summary>
public sealed class InventoryOptions
{
    public const string Section = "Inventory";

    /// <summary>Shown in titles and report headers.</summary>
    public string CityName { get; set; } = "Musterstadt";

    /// <summary>Load the sample city into an empty database on start.</summary>
    public bool LoadSampleCity { get; set; } = true;

    /// <summary>Folder with the sample city's CSV files; relative paths start at the app's folder.</summary>
    public string SeedDataPath { get; set; } = "seed-data";

    /// <summary>Who receives feedback on accessibility barriers (named in the accessibility statement).</summary>
    public string AccessibilityContactName { get; set; } = "IT-Abteilung der Stadtverwaltung";

    public string AccessibilityContactEmail { get; set; } = "barrierefreiheit@musterstadt.example";

    public string? AccessibilityContactPhone { get; set; }

    /// <summary>The conciliation body of the federal state, named in the statement ("Schlichtungsstelle").</summary>
    public string AccessibilityConciliationBody { get; set; } = "die Schlichtungsstelle nach dem Behindertengleichstellungsgesetz Ihres Landes";

    /// <summary>Overrides "today" for every date-dependent computation; empty means the real date.</summary>
    public DateOnly? AsOfDate { get; set; }

    /// <summary>The reverse proxies whose forwarded headers count; none by default.</summary>
    public ForwardedHeadersSettings ForwardedHeaders { get; set; } = new();
}
