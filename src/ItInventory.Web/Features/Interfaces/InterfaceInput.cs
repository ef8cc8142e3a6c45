using ItInventory.Core.Domain;

namespace ItInventory.Web.Features.Interfaces;

/// <summary>
/// What the interface form and the API edit. The data flows from <see cref="SourceProductId"/> to exactly one of
/// <see cref="TargetProductId"/> (a product of the inventory) or <see cref="ExternalSystem"/> (anything outside it).
/// </summary>
public sealed class InterfaceInput
{
    public int? SourceProductId { get; set; }
    public int? TargetProductId { get; set; }
    public string? ExternalSystem { get; set; }
    /// <summary>The standard the flow uses; none means a proprietary format.</summary>
    public int? StandardId { get; set; }
    public string? Description { get; set; }
    public Guid Version { get; set; }

    public static InterfaceInput From(DataInterface dataInterface) => new()
    {
        SourceProductId = dataInterface.SourceProductId,
        TargetProductId = dataInterface.TargetProductId,
        ExternalSystem = dataInterface.ExternalSystem,
        StandardId = dataInterface.StandardId,
        Description = dataInterface.Description,
        Version = dataInterface.Version,
    };

    public void ApplyTo(DataInterface dataInterface)
    {
        dataInterface.SourceProductId = SourceProductId!.Value;
        dataInterface.TargetProductId = TargetProductId;
        dataInterface.ExternalSystem = Clean(ExternalSystem);
        dataInterface.StandardId = StandardId;
        dataInterface.Description = Clean(Description);
    }

    internal static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
