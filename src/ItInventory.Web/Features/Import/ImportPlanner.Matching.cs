using System.Globalization;
using System.Text.RegularExpressions;
using ItInventory.Core.Domain;
using ItInventory.Core.Validation;
using ItInventory.Web.Features.Import.Parsing;

namespace ItInventory.Web.Features.Import;

/// <summary>ImportPlanner, part: matching a row to an existing product and comparing it with what is stored.</summary>
public sealed partial class ImportPlanner
{
    private void Match(ImportRow row, string name, DuplicateHandling duplicates, PlanState state, ColumnAssignment? inventoryColumn, Action<MessageSeverity, ColumnAssignment?, string> add)
    {
        var key = (TextNormalizer.NameKey(name), TextNormalizer.NameKey(row.Vendor!.Name));
        if (state.RowOfProduct.TryGetValue(key, out var firstRow))
        {
            add(MessageSeverity.Error, null, $"Dasselbe Produkt (Name und Anbieter) steht bereits in Zeile {firstRow}; die Zeile wird nicht importiert.");
            return;
        }

        state.RowOfProduct[key] = row.RowNumber;
        var existing = row.Vendor.Id is { } vendorId ? state.ExistingProduct(name, vendorId) : null;

        if (row.InventoryNumber is { } number)
        {
            var numberKey = number.ToUpperInvariant();
            if (state.ProductByInventoryNumber.TryGetValue(numberKey, out var holder) && holder.Id != existing?.Id)
            {
                add(MessageSeverity.Error, inventoryColumn, $"Die Inventarnummer „{number}“ gehört bereits zum Produkt „{holder.Name}“.");
            }
            else if (state.RowOfInventoryNumber.TryGetValue(numberKey, out var otherRow))
            {
                add(MessageSeverity.Error, inventoryColumn, $"Die Inventarnummer „{number}“ steht bereits in Zeile {otherRow}.");
            }
            else
            {
                state.RowOfInventoryNumber[numberKey] = row.RowNumber;
            }
        }

        if (existing is null)
        {
            row.Outcome = RowOutcome.Create;
            row.Category ??= state.DefaultCategory;
            return;
        }

        row.ExistingProductId = existing.Id;
        row.ExistingInventoryNumber = existing.InventoryNumber;
        if (duplicates == DuplicateHandling.Skip)
        {
            row.Outcome = RowOutcome.Skip;
            add(MessageSeverity.Info, null, $"Das Produkt gibt es bereits ({existing.InventoryNumber}); die Zeile wird übersprungen.");
            return;
        }

        CompareWithExisting(row, existing, duplicates, state, inventoryColumn, add);
        if (row.Changes.Count == 0)
        {
            row.Outcome = RowOutcome.Skip;
            add(MessageSeverity.Info, null, $"Das Produkt gibt es bereits ({existing.InventoryNumber}) mit denselben Angaben; nichts zu ändern.");
            return;
        }

        row.Outcome = duplicates == DuplicateHandling.Update ? RowOutcome.Update : RowOutcome.Flag;
        var changes = string.Join("; ", row.Changes);
        add(MessageSeverity.Info, null, duplicates == DuplicateHandling.Update
            ? $"Das Produkt gibt es bereits ({existing.InventoryNumber}); geändert wird: {changes}."
            : $"Das Produkt gibt es bereits ({existing.InventoryNumber}); abweichend: {changes}. Es wird zur Prüfung markiert, die Werte bleiben unverändert.");
    }

    private static void CompareWithExisting(ImportRow row, ImportLookups.ProductInfo existing, DuplicateHandling duplicates, PlanState state, ColumnAssignment? inventoryColumn, Action<MessageSeverity, ColumnAssignment?, string> add)
    {
        if (row.InventoryNumber is { } number && !string.Equals(number, existing.InventoryNumber, StringComparison.OrdinalIgnoreCase))
        {
            add(MessageSeverity.Warning, inventoryColumn, $"Die Inventarnummer weicht ab (vorhanden: {existing.InventoryNumber}); sie bleibt unverändert.");
        }

        if (row.Description is { } description && description != existing.Description)
        {
            row.Changes.Add("Beschreibung");
        }

        if (row.Category is { } category && category.Id != existing.CategoryId)
        {
            row.Changes.Add($"Kategorie → {category.Name}");
        }

        if (row.Department is { } department && department.Id != existing.OwnerDepartmentId)
        {
            row.Changes.Add($"Amt {state.DepartmentName(existing.OwnerDepartmentId)} → {department.DisplayName}");
        }

        if (row.Licences is { } licences && licences != existing.LicenceCount)
        {
            row.Changes.Add($"Lizenzen {existing.LicenceCount?.ToString(Formats.German) ?? "–"} → {licences.ToString(Formats.German)}");
        }

        if (row.Users is { } users && users != existing.UserCount)
        {
            row.Changes.Add($"Nutzer {existing.UserCount?.ToString(Formats.German) ?? "–"} → {users.ToString(Formats.German)}");
        }

        if (row.Operator is { } op && op != existing.Operator)
        {
            row.Changes.Add($"Betrieb {Labels.Of(existing.Operator)} → {Labels.Of(op)}");
        }

        if (row.Lifecycle is { } lifecycle && lifecycle != existing.Lifecycle)
        {
            row.Changes.Add($"Lebenszyklus {Labels.Of(existing.Lifecycle)} → {Labels.Of(lifecycle)}");
        }

        if (row.Notes is { } notes && (existing.Notes is null || !existing.Notes.Contains(notes, StringComparison.Ordinal)))
        {
            row.Changes.Add("Bemerkung ergänzt");
        }

        foreach (var cost in row.Costs.ToList())
        {
            var label = $"Kosten {cost.Year} {Labels.Of(cost.Type)} ({Labels.Of(cost.Kind)})";
            existing.Costs.TryGetValue((cost.Year, cost.Type, cost.Kind), out var current);
            if (current is null)
            {
                row.Changes.Add($"{label} neu {Formats.EuroCents(cost.Amount)}");
            }
            else if (current.Amount != cost.Amount)
            {
                if (current.Lines > 1 && duplicates == DuplicateHandling.Update)
                {
                    // Several itemised lines (invoices) cannot be set to one amount without losing them.
                    add(MessageSeverity.Warning, null, $"{label}: Es gibt {current.Lines} Kostenpositionen (zusammen {Formats.EuroCents(current.Amount)}); der Betrag {Formats.EuroCents(cost.Amount)} wird nicht übernommen. Bitte in der Kostenübersicht anpassen.");
                    row.Costs.Remove(cost);
                }
                else
                {
                    row.Changes.Add($"{label} {Formats.EuroCents(current.Amount)} → {Formats.EuroCents(cost.Amount)}");
                }
            }
            else
            {
                row.Costs.Remove(cost);
            }
        }

        if (row.WantsContract)
        {
            if (existing.ContractCount == 0)
            {
                row.Changes.Add("Vertrag (Vertragsende/Kündigungsfrist) wird angelegt");
            }
            else
            {
                add(MessageSeverity.Warning, null, "Das Produkt hat bereits einen Vertrag; Vertragsende und Kündigungsfrist werden nicht übernommen. Bitte im Vertrag pflegen.");
                row.ContractEnd = null;
                row.Notice = null;
            }
        }
    }
}
