using System.Xml.Linq;

namespace ItInventory.Core.Invoices;

/// <summary>The XML namespaces of UBL 2.1 and UN/CEFACT CII D16B, with the prefixes their specifications use.</summary>
internal static class InvoiceNamespaces
{
    public static readonly XNamespace UblInvoice = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    public static readonly XNamespace UblCreditNote = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";
    public static readonly XNamespace Cac = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    public static readonly XNamespace Cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    public static readonly XNamespace Rsm = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";
    public static readonly XNamespace Ram =
        "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";
    public static readonly XNamespace Udt = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100";
    public static readonly XNamespace Qdt = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100";

    public static readonly IReadOnlyDictionary<XNamespace, string> Prefixes = new Dictionary<XNamespace, string>
    {
        [UblInvoice] = "ubl", [UblCreditNote] = "ubl", [Cac] = "cac", [Cbc] = "cbc",
        [Rsm] = "rsm", [Ram] = "ram", [Udt] = "udt", [Qdt] = "qdt",
    };
}
