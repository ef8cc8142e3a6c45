using ItInventory.Core.Domain;

namespace ItInventory.Web.Features.Standards;

/// <summary>The editable fields of a standard, with the version the user loaded.</summary>
public sealed class StandardInput
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public StandardKind Kind { get; set; } = StandardKind.MessageFormat;
    public BindingStatus BindingStatus { get; set; } = BindingStatus.Recommended;
    public string? Maintainer { get; set; }
    public string? LegalBasis { get; set; }
    public string? Description { get; set; }
    public Guid Version { get; set; }

    public static StandardInput From(Standard standard) => new()
    {
        Code = standard.Code,
        Name = standard.Name,
        Kind = standard.Kind,
        BindingStatus = standard.BindingStatus,
        Maintainer = standard.Maintainer,
        LegalBasis = standard.LegalBasis,
        Description = standard.Description,
        Version = standard.Version,
    };
}
