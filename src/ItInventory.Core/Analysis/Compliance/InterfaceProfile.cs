using ItInventory.Core.Formatting;

namespace ItInventory.Core.Analysis.Compliance;

/// <summary>What kind of interface a product offers, after the central demand "real service APIs, not only XML formats".</summary>
public enum InterfaceProfile
{
    /// <summary>Fully supports at least one standard of kind ServiceApi (REST/OpenAPI, FHIR).</summary>
    ServiceApi,
    /// <summary>Supports (fully or partly) standards, but none of them a service API: message formats, transport, directories.</summary>
    MessageFormatsOnly,
    /// <summary>Supports no standard at all, not even partly.</summary>
    ProprietaryOnly,
}

/// <summary>How many products of an inventory offer which kind of interface.</summary>
public sealed record InterfaceShares(int ProductCount, int ServiceApi, int MessageFormatsOnly, int ProprietaryOnly)
{
    public decimal ServiceApiShare => Share(ServiceApi);
    public decimal MessageFormatsOnlyShare => Share(MessageFormatsOnly);
    public decimal ProprietaryOnlyShare => Share(ProprietaryOnly);

    /// <summary>One German sentence for the council summary.</summary>
    public string Describe() =>
        $"Von {ProductCount} Produkten bieten {ServiceApi} ({Formats.Percent(ServiceApiShare)}) eine echte Service-API, "
        + $"{MessageFormatsOnly} ({Formats.Percent(MessageFormatsOnlyShare)}) nur Austauschformate und "
        + $"{ProprietaryOnly} ({Formats.Percent(ProprietaryOnlyShare)}) nur proprietäre Schnittstellen.";

    private decimal Share(int count) => ProductCount == 0 ? 0m : (decimal)count / ProductCount;
}
