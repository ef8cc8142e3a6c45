namespace ItInventory.Core.Domain;

/// <summary>
/// A service of the federal OZG catalogue (shared reference data, not tenant-owned). Kept by the operator through
/// re-imports; an entry a city still uses is marked withdrawn instead of being deleted.
/// </summary>
public class OzgService : Entity
{
    /// <summary>The five-digit OZG-ID, kept as text ("10000").</summary>
    public string OzgId { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>The life situation (Lebenslage) the catalogue files the service under.</summary>
    public string? LifeSituation { get; set; }
    /// <summary>The topic area (Themenfeld) of that life situation.</summary>
    public string? TopicArea { get; set; }
    public bool IsWithdrawn { get; set; }
}

/// <summary>A detailed service of the Leistungskatalog (LeiKa) with its 14-digit key (shared reference data).</summary>
public class LeikaService : Entity
{
    /// <summary>14 digits: scope, Leistungsgruppierung, Leistungskennung, Verrichtung, Verrichtungsdetail.</summary>
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>Who regulates and who executes, as the source writes it ("1", "2/3", "5", ...).</summary>
    public string? LeikaType { get; set; }
    /// <summary>The OZG service it belongs to; a few LeiKa services belong to none.</summary>
    public string? OzgId { get; set; }
    public bool IsWithdrawn { get; set; }
}
