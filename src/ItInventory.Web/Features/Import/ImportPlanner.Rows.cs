using System.Globalization;
using System.Text.RegularExpressions;
using ItInventory.Core.Domain;
using ItInventory.Core.Validation;
using ItInventory.Web.Features.Import.Parsing;

namespace ItInventory.Web.Features.Import;

/// <summary>ImportPlanner, part: reading one data row into its fields and messages, and numbering new products.</summary>
public sealed partial class ImportPlanner
{
    private ImportRow ReadRow(string sheet, SheetRow source, List<ColumnAssignment> columns, ImportSetup setup, PlanState state)
    {
        var row = new ImportRow(sheet, source.Number);
        ColumnAssignment? Column(ImportField field) => columns.FirstOrDefault(c => c.Field == field);
        CellValue CellOf(ColumnAssignment? column) => column is null ? CellValue.Empty : source[column.Column];
        string? TextOf(ImportField field)
        {
            var text = CellOf(Column(field)).Display.Trim();
            return text.Length == 0 || IsPlaceholder(text) ? null : text;
        }

        void Add(MessageSeverity severity, ColumnAssignment? column, string text) =>
            row.Messages.Add(new ImportMessage(severity, sheet, source.Number, column?.Header, text));

        var nameColumn = Column(ImportField.ProductName);
        var vendorColumn = Column(ImportField.Vendor);
        var departmentColumn = Column(ImportField.Department);
        var name = TextOf(ImportField.ProductName);
        var vendorName = TextOf(ImportField.Vendor);
        var departmentCell = CellOf(departmentColumn);
        row.ProductName = name ?? "";
        row.VendorName = vendorName ?? "";

        if (name is not null && TotalWords.Contains(TextNormalizer.Normalize(name)) || name is null && vendorName is null && departmentCell.IsEmpty)
        {
            row.Outcome = RowOutcome.Skip;
            Add(MessageSeverity.Info, null, name is null
                ? "Zeile ohne Produkt, Anbieter und Amt übersprungen (vermutlich eine Summen- oder Zwischenzeile)."
                : $"Summenzeile „{name}“ übersprungen.");
            return row;
        }

        if (name is null) Add(MessageSeverity.Error, nameColumn, "Der Produktname fehlt.");
        else if (name.Length > NameMaxLength) Add(MessageSeverity.Error, nameColumn, $"Der Produktname ist länger als {NameMaxLength} Zeichen.");
        if (vendorName is null) Add(MessageSeverity.Error, vendorColumn, "Der Anbieter fehlt.");
        else if (vendorName.Length > NameMaxLength) Add(MessageSeverity.Error, vendorColumn, $"Der Anbietername ist länger als {NameMaxLength} Zeichen.");
        else row.Vendor = state.Vendor(vendorName);

        if (departmentCell.IsEmpty || IsPlaceholder(departmentCell.Display)) Add(MessageSeverity.Error, departmentColumn, "Das Amt fehlt.");
        else row.Department = ResolveDepartment(departmentCell, departmentColumn, state, Add);

        var categoryColumn = Column(ImportField.Category);
        var categoryText = TextOf(ImportField.Category);
        if (categoryText is not null)
        {
            row.Category = state.Category(categoryText);
        }

        row.Description = Limited(TextOf(ImportField.Description), DescriptionMaxLength, Column(ImportField.Description), "Die Beschreibung", Add);
        row.Notes = Limited(TextOf(ImportField.Notes), NotesMaxLength, Column(ImportField.Notes), "Die Bemerkung", Add);

        var inventoryColumn = Column(ImportField.InventoryNumber);
        var inventoryNumber = TextOf(ImportField.InventoryNumber);
        if (inventoryNumber is not null && inventoryNumber.Length > InventoryNumberMaxLength)
        {
            Add(MessageSeverity.Error, inventoryColumn, $"Die Inventarnummer „{inventoryNumber}“ ist länger als {InventoryNumberMaxLength} Zeichen.");
        }
        else
        {
            row.InventoryNumber = inventoryNumber;
        }

        row.Licences = ReadCount(CellOf(Column(ImportField.Licences)), Column(ImportField.Licences), "Lizenzzahl", Add);
        row.Users = ReadCount(CellOf(Column(ImportField.Users)), Column(ImportField.Users), "Nutzerzahl", Add);

        var operatorText = TextOf(ImportField.Operator);
        if (operatorText is not null)
        {
            if (OperatorParser.TryParse(operatorText, out var kind))
            {
                row.Operator = kind;
            }
            else if (state.ExistingVendor(operatorText) is { } operatorVendor)
            {
                row.Operator = operatorVendor.Kind == VendorKind.MunicipalDataCentre ? OperatorKind.MunicipalDataCentre : OperatorKind.VendorSaaS;
                row.OperatorVendorId = operatorVendor.Id;
            }
            else
            {
                Add(MessageSeverity.Warning, Column(ImportField.Operator), $"Der Betrieb „{operatorText}“ ist nicht erkannt (erwartet: {Labels.Of(OperatorKind.InHouse)}, {Labels.Of(OperatorKind.MunicipalDataCentre)} oder {Labels.Of(OperatorKind.VendorSaaS)}); der Wert wird nicht übernommen.");
            }
        }

        var lifecycleText = TextOf(ImportField.Lifecycle);
        if (lifecycleText is not null)
        {
            if (LifecycleParser.TryParse(lifecycleText, out var lifecycle))
            {
                row.Lifecycle = lifecycle;
            }
            else
            {
                Add(MessageSeverity.Warning, Column(ImportField.Lifecycle), $"Der Lebenszyklus „{lifecycleText}“ ist nicht erkannt (erwartet z. B. „im Betrieb“, „in Einführung“, „wird abgelöst“); der Wert wird nicht übernommen.");
            }
        }

        foreach (var column in columns.Where(c => c.IsCost))
        {
            if (ReadAmount(source[column.Column], column, Add) is { } amount && amount != 0m)
            {
                var key = (column.Year!.Value, column.CostType!.Value, column.Kind!.Value);
                var existing = row.Costs.FindIndex(c => (c.Year, c.Type, c.Kind) == key);
                if (existing >= 0)
                {
                    row.Costs[existing] = row.Costs[existing] with { Amount = row.Costs[existing].Amount + amount };
                }
                else
                {
                    row.Costs.Add(new ImportedCost(key.Item1, key.Item2, key.Item3, amount));
                }
            }
        }

        ReadContract(row, CellOf(Column(ImportField.ContractEnd)), Column(ImportField.ContractEnd), TextOf(ImportField.NoticePeriod), Column(ImportField.NoticePeriod), Add);

        var unknownCategory = categoryText is not null && row.Category is null;
        if (name is not null && row.Vendor is not null)
        {
            Match(row, name, setup.Duplicates, state, inventoryColumn, Add);
        }

        if (unknownCategory)
        {
            // A new product gets the default category; an existing one keeps its own rather than being moved there.
            Add(MessageSeverity.Warning, categoryColumn, row.ExistingProductId is null
                ? $"Die Kategorie „{categoryText}“ ist unbekannt; das Produkt wird der Kategorie „{state.DefaultCategory.Name}“ zugeordnet."
                : $"Die Kategorie „{categoryText}“ ist unbekannt; die Kategorie des vorhandenen Produkts bleibt unverändert.");
        }

        if (row.HasErrors)
        {
            row.Outcome = RowOutcome.Error;
        }

        return row;
    }

    private void AssignInventoryNumbers(List<ImportRow> rows, PlanState state)
    {
        var next = 1;
        foreach (var row in rows.Where(r => r.Outcome == RowOutcome.Create && r.InventoryNumber is null))
        {
            string candidate;
            do
            {
                candidate = $"IMP-{next++:0000}";
            }
            while (state.ProductByInventoryNumber.ContainsKey(candidate) || state.RowOfInventoryNumber.ContainsKey(candidate));

            // Shown in the preview's and the report's number column; a message per row would bury the real ones.
            row.InventoryNumber = candidate;
            row.InventoryNumberGenerated = true;
        }
    }
}
