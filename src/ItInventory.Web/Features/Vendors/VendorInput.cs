using ItInventory.Core.Domain;

namespace ItInventory.Web.Features.Vendors;

/// <summary>The editable fields of a vendor, with the version the user loaded.</summary>
public sealed class VendorInput
{
    public string Name { get; set; } = "";
    public VendorKind Kind { get; set; } = VendorKind.PrivateVendor;
    public string Country { get; set; } = "DE";
    public string? City { get; set; }
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
    public string? Website { get; set; }
    public string? Notes { get; set; }
    /// <summary>BT-31 of the vendor's e-invoices.</summary>
    public string? VatId { get; set; }
    /// <summary>BT-34 of the vendor's e-invoices: an e-mail address or a Peppol id.</summary>
    public string? InvoiceAddress { get; set; }
    public Guid Version { get; set; }

    public static VendorInput From(Vendor vendor) => new()
    {
        Name = vendor.Name,
        Kind = vendor.Kind,
        Country = vendor.Country,
        City = vendor.City,
        ContactName = vendor.ContactName,
        ContactEmail = vendor.ContactEmail,
        ContactPhone = vendor.ContactPhone,
        Website = vendor.Website,
        Notes = vendor.Notes,
        VatId = vendor.VatId,
        InvoiceAddress = vendor.InvoiceAddress,
        Version = vendor.Version,
    };
}
