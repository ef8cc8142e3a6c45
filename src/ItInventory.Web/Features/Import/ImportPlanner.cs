using System.Globalization;
using System.Text.RegularExpressions;
using ItInventory.Core.Domain;
using ItInventory.Core.Validation;
using ItInventory.Web.Features.Import.Parsing;

namespace ItInventory.Web.Features.Import;

/// <summary>
/// Reads and validates the data rows of one sheet against the lookups, entirely in memory, and decides each row's
/// outcome. Used for the preview and again inside the import's transaction, so both see the same rules.
/// </summary>
public sealed partial class ImportPlanner(ImportOptions options)
{
    private const int NameMaxLength = 200;
    private const int InventoryNumberMaxLength = 30;
    private const int DepartmentNumberMaxLength = 10;
    private const int DescriptionMaxLength = 2000;
    private const int NotesMaxLength = 4000;

    private static readonly HashSet<string> TotalWords = ["summe", "summen", "gesamt", "gesamtsumme", "zwischensumme", "total", "insgesamt"];
    private static readonly HashSet<string> Placeholders = ["-", "–", "—", "/", "?", "k.a.", "k. a.", "ka", "n.v.", "n/a", "na", "entfällt", "keine", "kein", "x"];

    public ImportPlan Plan(WorkbookData workbook, ImportSetup setup, ImportLookups lookups, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var sheet = SheetOf(workbook, setup);
        ValidateSetup(setup);
        var columns = setup.Columns.Where(c => c.Field != ImportField.Ignore).ToList();
        var dataRows = DataRows(sheet, setup.HeaderRow, columns);
        EnsureRowLimit(sheet.Name, dataRows.Count, options);

        var state = new PlanState(lookups, options);
        var rows = new List<ImportRow>(dataRows.Count);
        var lastPercent = -1;
        for (var i = 0; i < dataRows.Count; i++)
        {
            if ((i & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            rows.Add(ReadRow(sheet.Name, dataRows[i], columns, setup, state));
            var percent = (i + 1) * 100 / dataRows.Count;
            if (percent != lastPercent)
            {
                lastPercent = percent;
                progress?.Report(percent);
            }
        }

        AssignInventoryNumbers(rows, state);
        var active = rows.Where(r => r.Outcome is RowOutcome.Create or RowOutcome.Update).ToList();
        var newVendors = active.Select(r => r.Vendor).OfType<VendorRef>().Where(v => v.Id is null).Distinct().ToList();
        var newDepartments = active.Select(r => r.Department).OfType<DepartmentRef>().Where(d => d.Id is null).Distinct().ToList();
        var newCategories = active.Select(r => r.Category).OfType<CategoryRef>().Where(c => c.Id is null).Distinct().ToList();
        progress?.Report(100);
        return new ImportPlan(workbook.FileName, setup, rows, newVendors, newDepartments, newCategories);
    }

    public static SheetData SheetOf(WorkbookData workbook, ImportSetup setup) =>
        workbook.Sheets.FirstOrDefault(s => s.Name == setup.SheetName)
        ?? throw new ImportFileException($"Die Tabelle „{setup.SheetName}“ gibt es in der Datei „{workbook.FileName}“ nicht.");

    /// <summary>Rows below the header with a value in at least one mapped column; blank rows are not rows.</summary>
    public static List<SheetRow> DataRows(SheetData sheet, int headerRow, IReadOnlyList<ColumnAssignment> mapped) =>
        sheet.Rows.Where(r => r.Number > headerRow && mapped.Any(c => !r[c.Column].IsEmpty)).ToList();

    public static void EnsureRowLimit(string sheetName, int dataRows, ImportOptions options)
    {
        if (dataRows > options.MaxRows)
        {
            throw new ImportFileException(
                $"Die Tabelle „{sheetName}“ enthält {dataRows.ToString("N0", Formats.German)} Datenzeilen; erlaubt sind höchstens {options.MaxRows.ToString("N0", Formats.German)} je Import. Bitte teilen Sie die Datei auf.");
        }
    }

    /// <summary>Required fields must be mapped and every other field at most once; otherwise nothing can be checked.</summary>
    public static void ValidateSetup(ImportSetup setup)
    {
        var missing = setup.MissingRequired;
        if (missing.Count > 0)
        {
            var names = string.Join(", ", missing.Select(f => $"„{ImportFields.Label(f)}“"));
            throw new ImportFileException(missing.Count == 1
                ? $"Die Pflichtspalte {names} fehlt in Tabelle „{setup.SheetName}“ (Kopfzeile {setup.HeaderRow}). Bitte ordnen Sie ihr eine Spalte zu oder ergänzen Sie die Spalte in der Datei (siehe Importvorlage)."
                : $"Die Pflichtspalten {names} fehlen in Tabelle „{setup.SheetName}“ (Kopfzeile {setup.HeaderRow}). Bitte ordnen Sie ihnen Spalten zu oder ergänzen Sie die Spalten in der Datei (siehe Importvorlage).");
        }

        foreach (var group in setup.Columns.Where(c => c.Field is not ImportField.Ignore and not ImportField.Cost).GroupBy(c => c.Field).Where(g => g.Count() > 1))
        {
            throw new ImportFileException($"„{ImportFields.Label(group.Key)}“ ist mehreren Spalten zugeordnet ({string.Join(", ", group.Select(c => $"„{c.Header}“"))}). Bitte wählen Sie eine davon.");
        }

        var incomplete = setup.Columns.FirstOrDefault(c => c.Field == ImportField.Cost && !c.IsCost);
        if (incomplete is not null)
        {
            throw new ImportFileException($"Für die Kostenspalte „{incomplete.Header}“ fehlen Jahr, Kostenart oder Plan/Ist.");
        }
    }

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

    private static DepartmentRef? ResolveDepartment(CellValue cell, ColumnAssignment? column, PlanState state, Action<MessageSeverity, ColumnAssignment?, string> add)
    {
        string? number;
        string? name;
        if (cell.Kind == CellKind.Number)
        {
            number = cell.Display;
            name = null;
        }
        else
        {
            var match = NumberAndName().Match(cell.Display);
            number = match.Success ? match.Groups["number"].Value : null;
            name = match.Success ? match.Groups["name"].Value.Trim() : cell.Display.Trim();
            if (name.Length == 0) name = null;
        }

        if (number is not null)
        {
            if (number.Length > DepartmentNumberMaxLength)
            {
                add(MessageSeverity.Error, column, $"Die Amtsnummer „{number}“ ist länger als {DepartmentNumberMaxLength} Zeichen.");
                return null;
            }

            if (state.DepartmentByNumber(number) is { } known)
            {
                return known;
            }

            var newName = name ?? KgstDepartments.NameByNumber.GetValueOrDefault(number.TrimStart('0'));
            if (newName is null)
            {
                newName = $"Amt {number}";
                add(MessageSeverity.Warning, column, $"Das Amt {number} ist unbekannt und hat keinen Namen; es wird als „{newName}“ angelegt.");
            }
            else if (newName.Length > NameMaxLength)
            {
                add(MessageSeverity.Error, column, $"Der Name des Amts ist länger als {NameMaxLength} Zeichen.");
                return null;
            }

            return state.NewDepartment(number, newName);
        }

        if (state.DepartmentByName(name!) is { } byName)
        {
            return byName;
        }

        if (KgstDepartments.NumberOf(name!) is { } kgstNumber)
        {
            return state.DepartmentByNumber(kgstNumber) ?? state.NewDepartment(kgstNumber, name!);
        }

        add(MessageSeverity.Error, column, $"Das Amt „{name}“ ist unbekannt. Bitte geben Sie die KGSt-Nummer mit an (z. B. „33 Bürgeramt“), dann wird es angelegt.");
        return null;
    }

    private static int? ReadCount(CellValue cell, ColumnAssignment? column, string what, Action<MessageSeverity, ColumnAssignment?, string> add)
    {
        if (cell.IsEmpty || cell.Kind == CellKind.Text && IsPlaceholder(cell.Text))
        {
            return null;
        }

        var ok = cell.Kind switch
        {
            CellKind.Number => GermanCountParser.TryFromDouble(cell.Number, out var fromNumber) ? fromNumber : (int?)null,
            CellKind.Text => GermanCountParser.TryParse(cell.Text, out var fromText) ? fromText : null,
            _ => null,
        };
        if (ok is null)
        {
            add(MessageSeverity.Warning, column, $"„{cell.Display}“ ist keine {what} (erwartet eine ganze Zahl); der Wert wird nicht übernommen.");
        }

        return ok;
    }

    private static decimal? ReadAmount(CellValue cell, ColumnAssignment column, Action<MessageSeverity, ColumnAssignment?, string> add)
    {
        decimal? amount = cell.Kind switch
        {
            CellKind.Empty => null,
            CellKind.Number => GermanAmountParser.FromDouble(cell.Number),
            CellKind.Text when IsPlaceholder(cell.Text) => null,
            CellKind.Text when GermanAmountParser.TryParse(cell.Text, out var parsed) => parsed,
            _ => decimal.MinValue,
        };

        if (amount == decimal.MinValue)
        {
            add(MessageSeverity.Error, column, $"„{cell.Display}“ ist kein Betrag.");
            return null;
        }

        if (amount < 0)
        {
            add(MessageSeverity.Error, column, $"„{cell.Display}“ ist negativ. Gutschriften bitte als eigene Kostenposition in der Kostenübersicht erfassen.");
            return null;
        }

        if (AmountRules.Problem(amount, "Der Betrag") is { } problem)
        {
            add(MessageSeverity.Error, column, $"„{cell.Display}“: {problem}");
            return null;
        }

        return amount;
    }

    private void ReadContract(ImportRow row, CellValue endCell, ColumnAssignment? endColumn, string? noticeText, ColumnAssignment? noticeColumn, Action<MessageSeverity, ColumnAssignment?, string> add)
    {
        if (!endCell.IsEmpty && !(endCell.Kind == CellKind.Text && IsPlaceholder(endCell.Text)))
        {
            DateOnly? end = endCell.Kind switch
            {
                CellKind.Date => DateOnly.FromDateTime(endCell.Date),
                CellKind.Number when GermanDateParser.TryFromExcelSerial(endCell.Number, out var serial) => serial,
                CellKind.Text when GermanDateParser.TryParse(endCell.Text, out var parsed) => parsed,
                _ => null,
            };
            if (end is null)
            {
                add(MessageSeverity.Warning, endColumn, $"„{endCell.Display}“ ist kein Datum (erwartet z. B. 31.12.2026); das Vertragsende wird nicht übernommen.");
            }
            else if (DateRules.Problem(end, "Das Vertragsende") is { } problem)
            {
                add(MessageSeverity.Warning, endColumn, $"{problem} Es wird nicht übernommen.");
            }
            else
            {
                row.ContractEnd = end;
            }
        }

        if (noticeText is not null)
        {
            if (NoticePeriodParser.TryParse(noticeText, out var notice))
            {
                row.Notice = notice;
                row.NoticeText = noticeText;
                if (notice.Approximated)
                {
                    add(MessageSeverity.Warning, noticeColumn, $"„{noticeText}“ wird auf {notice.Months} Monate {Labels.Of(notice.Reference)} aufgerundet (Verträge führen Fristen in Monaten).");
                }
            }
            else
            {
                add(MessageSeverity.Warning, noticeColumn, $"„{noticeText}“ ist als Kündigungsfrist nicht erkannt (erwartet z. B. „3 Monate zum Jahresende“); sie wird nicht übernommen.");
            }
        }
    }

    private static string? Limited(string? text, int maxLength, ColumnAssignment? column, string what, Action<MessageSeverity, ColumnAssignment?, string> add)
    {
        if (text is null || text.Length <= maxLength)
        {
            return text;
        }

        add(MessageSeverity.Warning, column, $"{what} ist länger als {maxLength} Zeichen und wird gekürzt.");
        return text[..maxLength];
    }

    private static bool IsPlaceholder(string text) => Placeholders.Contains(text.Trim().ToLowerInvariant());

    [GeneratedRegex(@"^\s*(?<number>\d{1,4}(?:[./]\d{1,3})?)(?:\s*[-–:/]\s*|\s+|$)(?<name>.*)$")]
    private static partial Regex NumberAndName();

    /// <summary>The lookups as dictionaries, plus the vendors, departments and categories the rows will create.</summary>
    private sealed class PlanState
    {
        private readonly Dictionary<string, VendorRef> _vendors = new(StringComparer.Ordinal);
        private readonly Dictionary<string, VendorRef> _existingVendors = new(StringComparer.Ordinal);
        private readonly Dictionary<string, DepartmentRef> _departmentsByNumber = new(StringComparer.Ordinal);
        private readonly Dictionary<string, DepartmentRef?> _departmentsByName = new(StringComparer.Ordinal);
        private readonly Dictionary<int, DepartmentRef> _departmentsById = [];
        private readonly Dictionary<string, CategoryRef> _categories = new(StringComparer.Ordinal);
        private readonly Dictionary<(string Name, int VendorId), ImportLookups.ProductInfo> _products = [];
        private readonly Dictionary<int, VendorKind> _vendorKinds = [];

        public PlanState(ImportLookups lookups, ImportOptions options)
        {
            foreach (var vendor in lookups.Vendors)
            {
                var reference = new VendorRef(vendor.Id, vendor.Name, vendor.Kind);
                _vendors[TextNormalizer.NameKey(vendor.Name)] = reference;
                _existingVendors[TextNormalizer.NameKey(vendor.Name)] = reference;
                _vendorKinds[vendor.Id] = vendor.Kind;
            }

            foreach (var department in lookups.Departments)
            {
                var reference = new DepartmentRef(department.Id, department.Number, department.Name);
                _departmentsById[department.Id] = reference;
                _departmentsByNumber[department.Number.Trim()] = reference;
                _departmentsByNumber.TryAdd(department.Number.Trim().TrimStart('0'), reference);
                var nameKey = TextNormalizer.Compact(department.Name);
                // Two departments with the same name cannot be told apart by name; such a row needs the number.
                _departmentsByName[nameKey] = _departmentsByName.ContainsKey(nameKey) ? null : reference;
                _departmentsByName.TryAdd(TextNormalizer.Compact(department.DisplayName()), reference);
            }

            foreach (var category in lookups.Categories)
            {
                var reference = new CategoryRef(category.Id, category.Code, category.Name);
                _categories.TryAdd("code:" + TextNormalizer.NameKey(category.Code), reference);
                _categories.TryAdd("name:" + TextNormalizer.Compact(category.Name), reference);
            }

            foreach (var product in lookups.Products)
            {
                _products.TryAdd((TextNormalizer.NameKey(product.Name), product.VendorId), product);
                ProductByInventoryNumber.TryAdd(product.InventoryNumber.ToUpperInvariant(), product);
            }

            var fallback = options.DefaultCategory.Trim();
            DefaultCategory = Category(fallback)
                ?? new CategoryRef(null, DefaultCategoryCode(fallback), fallback.Length == 0 ? "Sonstige" : fallback);
        }

        public CategoryRef DefaultCategory { get; }
        public Dictionary<string, ImportLookups.ProductInfo> ProductByInventoryNumber { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, int> RowOfInventoryNumber { get; } = new(StringComparer.Ordinal);
        public Dictionary<(string Name, string Vendor), int> RowOfProduct { get; } = [];

        public VendorRef Vendor(string name)
        {
            var key = TextNormalizer.NameKey(name);
            if (!_vendors.TryGetValue(key, out var vendor))
            {
                var normalized = TextNormalizer.Compact(name);
                var kind = normalized.Contains("rechenzentrum", StringComparison.Ordinal) || normalized.Contains("zweckverband", StringComparison.Ordinal)
                    ? VendorKind.MunicipalDataCentre
                    : VendorKind.PrivateVendor;
                _vendors[key] = vendor = new VendorRef(null, string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), kind);
            }

            return vendor;
        }

        public VendorRef? ExistingVendor(string name) => _existingVendors.GetValueOrDefault(TextNormalizer.NameKey(name));

        public DepartmentRef? DepartmentByNumber(string number) =>
            _departmentsByNumber.GetValueOrDefault(number.Trim()) ?? _departmentsByNumber.GetValueOrDefault(number.Trim().TrimStart('0'));

        public DepartmentRef? DepartmentByName(string name)
        {
            var key = TextNormalizer.Compact(name);
            if (_departmentsByName.TryGetValue(key, out var exact))
            {
                return exact;
            }

            // "Bürgeramt" for "Bürgeramt (Einwohner- und Meldewesen)": accepted when exactly one department starts so.
            var candidates = _departmentsById.Values.Where(d => TextNormalizer.Compact(d.Name).StartsWith(key, StringComparison.Ordinal)).Take(2).ToList();
            return candidates.Count == 1 ? candidates[0] : null;
        }

        public string DepartmentName(int id) => _departmentsById.TryGetValue(id, out var department) ? department.DisplayName : $"#{id}";

        public DepartmentRef NewDepartment(string number, string name)
        {
            var reference = new DepartmentRef(null, number, name);
            _departmentsByNumber[number] = reference;
            _departmentsByName.TryAdd(TextNormalizer.Compact(name), reference);
            return reference;
        }

        public CategoryRef? Category(string text) =>
            _categories.GetValueOrDefault("code:" + TextNormalizer.NameKey(text)) ?? _categories.GetValueOrDefault("name:" + TextNormalizer.Compact(text));

        public ImportLookups.ProductInfo? ExistingProduct(string name, int vendorId) => _products.GetValueOrDefault((TextNormalizer.NameKey(name), vendorId));

        private static string DefaultCategoryCode(string name)
        {
            var code = TextNormalizer.Compact(name).ToUpperInvariant();
            return code.Length == 0 ? "SONSTIGE" : code[..Math.Min(code.Length, 30)];
        }
    }
}

internal static class DepartmentInfoExtensions
{
    public static string DisplayName(this ImportLookups.DepartmentInfo department) => $"{department.Number} {department.Name}";
}
