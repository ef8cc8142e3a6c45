using ItInventory.Core.Domain;
using ItInventory.Web.Features.Import.Parsing;

namespace ItInventory.Web.Features.Import;

/// <summary>What happens (or happened) to a spreadsheet row.</summary>
public enum RowOutcome { Create, Update, Skip, Flag, Error }

public enum MessageSeverity { Info, Warning, Error }

/// <summary>A finding about one cell or row, worded in German with sheet, row and column.</summary>
public sealed record ImportMessage(MessageSeverity Severity, string Sheet, int Row, string? Column, string Text)
{
    public override string ToString() => Column is null
        ? $"Tabelle „{Sheet}“, Zeile {Row}: {Text}"
        : $"Tabelle „{Sheet}“, Zeile {Row}, Spalte „{Column}“: {Text}";

    public static string LabelOf(MessageSeverity severity) => severity switch
    {
        MessageSeverity.Error => "Fehler",
        MessageSeverity.Warning => "Warnung",
        _ => "Hinweis",
    };
}

public static class RowOutcomes
{
    public static string LabelOf(RowOutcome outcome) => outcome switch
    {
        RowOutcome.Create => "neu angelegt",
        RowOutcome.Update => "aktualisiert",
        RowOutcome.Skip => "übersprungen",
        RowOutcome.Flag => "markiert",
        RowOutcome.Error => "Fehler",
        _ => outcome.ToString(),
    };

    /// <summary>In the preview nothing has happened yet.</summary>
    public static string PlannedLabelOf(RowOutcome outcome) => outcome switch
    {
        RowOutcome.Create => "wird angelegt",
        RowOutcome.Update => "wird aktualisiert",
        RowOutcome.Skip => "wird übersprungen",
        RowOutcome.Flag => "wird markiert",
        RowOutcome.Error => "Fehler",
        _ => outcome.ToString(),
    };
}

/// <summary>A vendor the rows refer to; <see cref="Id"/> is null until a new one is saved.</summary>
public sealed class VendorRef(int? id, string name, VendorKind kind)
{
    public int? Id { get; set; } = id;
    public string Name { get; } = name;
    public VendorKind Kind { get; } = kind;
}

public sealed class DepartmentRef(int? id, string number, string name)
{
    public int? Id { get; set; } = id;
    public string Number { get; } = number;
    public string Name { get; } = name;
    public string DisplayName => $"{Number} {Name}";
}

public sealed class CategoryRef(int? id, string code, string name)
{
    public int? Id { get; set; } = id;
    public string Code { get; } = code;
    public string Name { get; } = name;
}

public sealed record ImportedCost(int Year, CostType Type, CostKind Kind, decimal Amount);

/// <summary>One data row: what was read from it, what will happen to it and why.</summary>
public sealed class ImportRow(string sheet, int rowNumber)
{
    public string Sheet { get; } = sheet;
    public int RowNumber { get; } = rowNumber;
    public RowOutcome Outcome { get; set; } = RowOutcome.Create;

    public string ProductName { get; set; } = "";
    public string VendorName { get; set; } = "";
    public string? InventoryNumber { get; set; }
    public bool InventoryNumberGenerated { get; set; }
    public VendorRef? Vendor { get; set; }
    public DepartmentRef? Department { get; set; }
    public CategoryRef? Category { get; set; }
    public string? Description { get; set; }
    public string? Notes { get; set; }
    public int? Licences { get; set; }
    public int? Users { get; set; }
    public OperatorKind? Operator { get; set; }
    public int? OperatorVendorId { get; set; }
    public LifecycleStatus? Lifecycle { get; set; }
    public List<ImportedCost> Costs { get; } = [];
    public DateOnly? ContractEnd { get; set; }
    public NoticePeriod? Notice { get; set; }
    public string? NoticeText { get; set; }

    /// <summary>The existing product with the same name and vendor.</summary>
    public int? ExistingProductId { get; set; }
    public string? ExistingInventoryNumber { get; set; }

    /// <summary>For updates and flags: the values that differ from the existing product, in words.</summary>
    public List<string> Changes { get; } = [];

    public List<ImportMessage> Messages { get; } = [];

    public bool HasErrors => Messages.Any(m => m.Severity == MessageSeverity.Error);

    public bool WantsContract => ContractEnd is not null || Notice is not null;

    public string Summary => string.Join(" ", Messages.Select(m => m.Column is null ? m.Text : $"„{m.Column}“: {m.Text}"));
}

/// <summary>The validated import: every row's outcome and the vendors, departments and categories to create.</summary>
public sealed class ImportPlan(
    string fileName,
    ImportSetup setup,
    IReadOnlyList<ImportRow> rows,
    IReadOnlyList<VendorRef> newVendors,
    IReadOnlyList<DepartmentRef> newDepartments,
    IReadOnlyList<CategoryRef> newCategories)
{
    public string FileName { get; } = fileName;
    public ImportSetup Setup { get; } = setup;
    public IReadOnlyList<ImportRow> Rows { get; } = rows;
    public IReadOnlyList<VendorRef> NewVendors { get; } = newVendors;
    public IReadOnlyList<DepartmentRef> NewDepartments { get; } = newDepartments;
    public IReadOnlyList<CategoryRef> NewCategories { get; } = newCategories;

    public int Count(RowOutcome outcome) => Rows.Count(r => r.Outcome == outcome);

    public bool HasErrors => Rows.Any(r => r.Outcome == RowOutcome.Error);

    public IEnumerable<ImportMessage> Messages => Rows.SelectMany(r => r.Messages);

    /// <summary>"Neu anzulegen: 3 Anbieter, 1 Amt" – empty when nothing new is created.</summary>
    public string NewEntitiesSummary
    {
        get
        {
            var parts = new List<string>();
            if (NewVendors.Count > 0) parts.Add($"{NewVendors.Count} Anbieter");
            if (NewDepartments.Count > 0) parts.Add(NewDepartments.Count == 1 ? "1 Amt" : $"{NewDepartments.Count} Ämter");
            if (NewCategories.Count > 0) parts.Add(NewCategories.Count == 1 ? "1 Kategorie" : $"{NewCategories.Count} Kategorien");
            return parts.Count == 0 ? "" : "Neu anzulegen: " + string.Join(", ", parts);
        }
    }
}
