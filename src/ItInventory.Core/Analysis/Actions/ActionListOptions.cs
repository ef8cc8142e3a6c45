namespace ItInventory.Core.Analysis.Actions;

/// <summary>What makes a line of "Handlungsbedarf".</summary>
/// <param name="DecisionWindowDays">Contract decisions due within this many days (overdue ones always).</param>
/// <param name="MinimumSeverity">Findings at least this severe.</param>
/// <param name="MinimumImpactEuro">Money findings at least this large; the analysis setting of the same name by default.</param>
public sealed record ActionListOptions(int DecisionWindowDays = 90, Severity MinimumSeverity = Severity.Critical, decimal MinimumImpactEuro = 100m);
