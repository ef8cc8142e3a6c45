using ItInventory.Core.Domain;

namespace ItInventory.Web.Data.Entities;

/// <summary>
/// An exchange file a Vergleichsstelle received, the newest of its sender only. Not tenant-owned: the Vergleichsstelle
/// is a mode of the whole installation (Comparison:Mode), its files come from municipalities of other installations
/// and belong to none of this installation's tenants; like shared reference data, it is kept by whoever edits that
/// (the operator, or the administration of a single-city installation).
/// </summary>
public class ReceivedExchangeFile : Entity
{
    public const int FileNameLength = 260;

    /// <summary>The sender's random id (32 hex digits): one row per sender, a newer file replaces it.</summary>
    public string SenderId { get; set; } = "";
    public DateOnly ExportedOn { get; set; }
    public string FileName { get; set; } = "";
    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>The file as validated against docs/comparison/exchange-v1.schema.json.</summary>
    public string Json { get; set; } = "";
}
