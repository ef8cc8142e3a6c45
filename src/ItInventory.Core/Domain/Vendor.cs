using ItInventory.Core.Domain.Tenants;

namespace ItInventory.Core.Domain;

/// <summary>A supplier: a private software vendor, a municipal data centre or another public body.</summary>
public class Vendor : Entity, ITenantOwned
{
    public int TenantId { get; set; }

    public string Name { get; set; } = "";
    public VendorKind Kind { get; set; }
    /// <summary>ISO 3166-1 alpha-2 country code of the vendor's jurisdiction.</summary>
    public string Country { get; set; } = "DE";
    public string? City { get; set; }
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
    public string? Website { get; set; }
    public string? Notes { get; set; }
    /// <summary>BT-31 of its invoices: the seller's VAT id, by which an e-invoice finds its vendor first.</summary>
    public string? VatId { get; set; }
    /// <summary>BT-34 of its invoices: the seller's electronic address (e-mail or Peppol id), the second way.</summary>
    public string? InvoiceAddress { get; set; }

    public List<Product> Products { get; set; } = [];
    public List<Contract> Contracts { get; set; } = [];

    public bool IsInEu => EuCountries.Contains(Country);

    private static readonly HashSet<string> EuCountries = new(StringComparer.OrdinalIgnoreCase)
    {
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
        "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
    };
}
