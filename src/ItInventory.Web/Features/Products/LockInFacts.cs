
namespace ItInventory.Web.Features.Products;

/// <summary>One lock-in fact of a product (indicators L1–L13 of the domain brief) in plain German.</summary>
public sealed record LockInFact(string Indicator, string Label, string Value, bool IsRisk);

public static class LockInFacts
{
    public static IReadOnlyList<LockInFact> Of(ProductDetails p)
    {
        static string YesNo(bool value) => value ? "ja" : "nein";
        return
        [
            new("L1", "Daten nur in proprietärem Format", YesNo(p.ProprietaryDataFormat), p.ProprietaryDataFormat),
            new("L2", "Dokumentierte Schnittstelle (OpenAPI, WSDL, XÖV)", YesNo(p.HasDocumentedApi), !p.HasDocumentedApi),
            new("L3", "Vollständiger Export in maschinenlesbarem Format", YesNo(p.HasOpenDataExport), !p.HasOpenDataExport),
            new("L3", "Export kostet extra", YesNo(p.ExportCostsExtra), p.ExportCostsExtra),
            new("L4", "Alternative Produkte am Markt", p.AlternativeProducts.ToString("N0", Formats.German), p.AlternativeProducts <= 1),
            new("L6", "Geschätzte Migrationskosten", Formats.Euro(p.EstimatedMigrationCost), false),
            new("L7", "Quellcode hinterlegt (Escrow) oder offen", YesNo(p.HasSourceCodeEscrow), !p.HasSourceCodeEscrow),
            new("L8", "Betrieb nur beim Anbieter möglich", YesNo(p.HostedOnlyByVendor), p.HostedOnlyByVendor),
            new("L9", "Gebündelt mit weiteren Produkten des Anbieters", YesNo(p.BundledWithVendorSuite), p.BundledWithVendorSuite),
            new("L11", "Vom Anbieter erzwungene Versionswechsel", YesNo(p.VendorForcedUpgrades), p.VendorForcedUpgrades),
            new("L11", "Ende der Unterstützung angekündigt", YesNo(p.EndOfLifeAnnounced), p.EndOfLifeAnnounced),
            new("L13", "Betriebswissen nur beim Anbieter", YesNo(p.KnowHowOnlyAtVendor), p.KnowHowOnlyAtVendor),
        ];
    }
}
