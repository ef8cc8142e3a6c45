namespace ItInventory.Core.Domain;

/// <summary>An interface standard (XÖV message format, transport, service API, ...).</summary>
public class Standard : Entity
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public StandardKind Kind { get; set; }
    public string? Maintainer { get; set; }
    public BindingStatus BindingStatus { get; set; }
    public string? LegalBasis { get; set; }
    public string? Description { get; set; }
}
