using ItInventory.Core.Domain;

namespace ItInventory.Web.Features.Products;

/// <summary>
/// What the form and the API edit about one product's support of one standard ("unterstützt XÖV-Standard X in Version
/// Y, geprüft"); <see cref="Version"/> is the version the user loaded.
/// </summary>
public sealed class StandardSupportInput
{
    public Guid Version { get; set; }
    public int? ProductId { get; set; }
    public int? StandardId { get; set; }
    public SupportStatus Status { get; set; } = SupportStatus.Supported;
    /// <summary>The version of the standard the product implements, e.g. "2.6" for XMeld.</summary>
    public string? StandardVersion { get; set; }
    public Verification Verification { get; set; } = Verification.VendorStatement;
    public string? Note { get; set; }

    public static StandardSupportInput From(ProductStandardSupport support) => new()
    {
        Version = support.Version,
        ProductId = support.ProductId,
        StandardId = support.StandardId,
        Status = support.Status,
        StandardVersion = support.StandardVersion,
        Verification = support.Verification,
        Note = support.Note,
    };

    public void ApplyTo(ProductStandardSupport support)
    {
        support.ProductId = ProductId!.Value;
        support.StandardId = StandardId!.Value;
        support.Status = Status;
        support.StandardVersion = string.IsNullOrWhiteSpace(StandardVersion) ? null : StandardVersion.Trim();
        support.Verification = Verification;
        support.Note = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim();
    }
}
