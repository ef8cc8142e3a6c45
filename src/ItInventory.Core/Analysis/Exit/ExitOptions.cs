namespace ItInventory.Core.Analysis.Exit;

/// <summary>
/// Defaults of the exit assessment, bound from the "Exit" section of appsettings. Every figure they produce is a
/// starting point that the assessment may override item by item.
/// </summary>
public sealed class ExitOptions
{
    public const string SectionName = "Exit";

    /// <summary>Months to procure a successor (an EU tender takes 9-12 months); the realistic exit cannot come earlier.</summary>
    public int ProcurementLeadMonths { get; set; } = 9;

    /// <summary>Data migration when the product has no estimate of its own: this share of the annual running cost.</summary>
    public decimal MigrationShareOfRunningCost { get; set; } = 0.5m;

    /// <summary>Re-implementing one interface that follows a standard (the successor implements it too).</summary>
    public decimal InterfaceWithStandardCost { get; set; } = 5_000m;

    /// <summary>Re-implementing one proprietary interface: specification, development and tests from scratch.</summary>
    public decimal InterfaceWithoutStandardCost { get; set; } = 15_000m;

    /// <summary>Months both products run side by side.</summary>
    public int ParallelOperationMonths { get; set; } = 3;

    /// <summary>Training cost per user of the product.</summary>
    public decimal TrainingCostPerUser { get; set; } = 300m;

    /// <summary>Internal effort of the procurement (tender documents, evaluation, award).</summary>
    public decimal ProcurementEffort { get; set; } = 20_000m;

    /// <summary>An export counts as tested when its last test lies at most this many months back.</summary>
    public int ExportTestValidMonths { get; set; } = 12;
}
