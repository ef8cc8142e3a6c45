using ItInventory.Core.Domain;
using ItInventory.Web.Infrastructure.Editing;

namespace ItInventory.Web.Features.Products;

/// <summary>Lists the fields where the user's form differs from the product as someone else saved it.</summary>
public static class ProductConflictFields
{
    public static IReadOnlyList<ConflictField> Compare(ProductInput mine, Product theirs, ProductLookups lookups)
    {
        var saved = ProductInput.From(theirs);
        var fields = new List<ConflictField>();
        void Check<T>(string label, T theirValue, T myValue, Func<T, string> show)
        {
            if (!EqualityComparer<T>.Default.Equals(theirValue, myValue)) fields.Add(new ConflictField(label, show(theirValue), show(myValue)));
        }

        string Text(string? value) => string.IsNullOrWhiteSpace(value) ? "–" : value.Trim();
        string Name(IReadOnlyList<LookupItem> items, int? id) => items.FirstOrDefault(i => i.Id == id)?.Name ?? "–";
        string Number(int? value) => value?.ToString("N0", Formats.German) ?? "–";
        string YesNo(bool value) => value ? "ja" : "nein";

        Check("Inventarnummer", saved.InventoryNumber.Trim(), mine.InventoryNumber.Trim(), Text);
        Check("Name", saved.Name.Trim(), mine.Name.Trim(), Text);
        Check("Beschreibung", Text(saved.Description), Text(mine.Description), v => v);
        Check("Kategorie", saved.CategoryId, mine.CategoryId, id => Name(lookups.Categories, id));
        Check("Verantwortliches Amt", saved.OwnerDepartmentId, mine.OwnerDepartmentId, id => Name(lookups.Departments, id));
        Check("Anbieter", saved.VendorId, mine.VendorId, id => Name(lookups.Vendors, id));
        Check("Betrieb", saved.Operator, mine.Operator, Labels.Of);
        Check("Betreiber", saved.OperatorVendorId, mine.Operator == OperatorKind.InHouse ? null : mine.OperatorVendorId, id => Name(lookups.Vendors, id));
        Check("Lebenszyklus", saved.Lifecycle, mine.Lifecycle, Labels.Of);
        Check("Nutzer", saved.UserCount, mine.UserCount, Number);
        Check("Lizenzen", saved.LicenceCount, mine.LicenceCount, Number);
        Check("Lizenzmetrik", saved.LicenceMetric, mine.LicenceMetric, Labels.Of);
        Check("Kritikalität", saved.Criticality, mine.Criticality, Labels.Of);
        Check("In Betrieb seit", saved.InServiceSince, mine.InServiceSince, y => y?.ToString(Formats.German) ?? "–");
        Check("Geplanter Beginn", saved.PlannedStart, mine.PlannedStart, d => d is { } date ? Formats.Date(date) : "–");
        Check("Geplantes Ende", saved.PlannedEnd, mine.PlannedEnd, d => d is { } date ? Formats.Date(date) : "–");
        Check("Haushaltsprodukt", Text(saved.BudgetProduct), Text(mine.BudgetProduct), v => v);
        Check("Sachkonto", Text(saved.BudgetAccount), Text(mine.BudgetAccount), v => v);
        Check("Notizen", Text(saved.Notes), Text(mine.Notes), v => v);
        Check("Proprietäres Datenformat", saved.ProprietaryDataFormat, mine.ProprietaryDataFormat, YesNo);
        Check("Dokumentierte Schnittstelle", saved.HasDocumentedApi, mine.HasDocumentedApi, YesNo);
        Check("Offener Datenexport", saved.HasOpenDataExport, mine.HasOpenDataExport, YesNo);
        Check("Export kostet extra", saved.ExportCostsExtra, mine.ExportCostsExtra, YesNo);
        Check("Alternativen am Markt", saved.AlternativeProducts, mine.AlternativeProducts, n => n.ToString("N0", Formats.German));
        Check("Geschätzte Migrationskosten", saved.EstimatedMigrationCost, mine.EstimatedMigrationCost, Formats.Euro);
        Check("Quellcode hinterlegt", saved.HasSourceCodeEscrow, mine.HasSourceCodeEscrow, YesNo);
        Check("Betrieb nur beim Anbieter", saved.HostedOnlyByVendor, mine.HostedOnlyByVendor, YesNo);
        Check("Gebündelt mit Anbieter-Suite", saved.BundledWithVendorSuite, mine.BundledWithVendorSuite, YesNo);
        Check("Erzwungene Updates", saved.VendorForcedUpgrades, mine.VendorForcedUpgrades, YesNo);
        Check("Ende der Unterstützung angekündigt", saved.EndOfLifeAnnounced, mine.EndOfLifeAnnounced, YesNo);
        Check("Know-how nur beim Anbieter", saved.KnowHowOnlyAtVendor, mine.KnowHowOnlyAtVendor, YesNo);
        return fields;
    }
}
