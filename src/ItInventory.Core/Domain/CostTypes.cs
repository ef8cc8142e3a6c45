namespace ItInventory.Core.Domain;

public static class CostTypes
{
    /// <summary>Only a perpetual licence purchase is capitalised; everything else is running expenditure.</summary>
    public static BudgetTreatment TreatmentOf(CostType type) =>
        type == CostType.LicencePurchase ? BudgetTreatment.Investive : BudgetTreatment.Konsumtive;
}
