namespace ItInventory.Core.Planning;

/// <summary>
/// The years of the medium-term financial plan (mittelfristige Ergebnis- und Finanzplanung): the running year
/// before the budget, the budget year (two in a Doppelhaushalt) and the planning years after them.
/// </summary>
public sealed record ProjectionHorizon(int BudgetYear, int BudgetYears = 1, int PlanningYears = 3)
{
    public const int MinYear = 1990;
    public const int MaxYear = 2100;
    public const int MaxPlanningYears = 5;

    public int RunningYear => BudgetYear - 1;
    public int LastYear => BudgetYear + BudgetYears - 1 + PlanningYears;
    public IEnumerable<int> Years => Enumerable.Range(RunningYear, LastYear - RunningYear + 1);

    public bool IsBudgetYear(int year) => year >= BudgetYear && year < BudgetYear + BudgetYears;

    /// <summary>"laufendes Jahr", "Haushaltsjahr", "Planungsjahr".</summary>
    public string RoleOf(int year) =>
        year == RunningYear ? "laufendes Jahr" : IsBudgetYear(year) ? "Haushaltsjahr" : "Planungsjahr";

    /// <summary>A German message when the horizon is outside what the app plans, else null.</summary>
    public string? Problem() =>
        BudgetYear is < MinYear or > MaxYear ? $"Das Haushaltsjahr muss zwischen {MinYear} und {MaxYear} liegen."
        : BudgetYears is < 1 or > 2 ? "Ein Haushalt umfasst ein oder zwei Haushaltsjahre (Doppelhaushalt)."
        : PlanningYears is < 1 or > MaxPlanningYears ? $"Der Planungszeitraum umfasst 1 bis {MaxPlanningYears} Planungsjahre."
        : null;
}
