using ItInventory.Core.Domain;
using ItInventory.Core.Validation;
using ItInventory.Web.Infrastructure.Editing;

namespace ItInventory.Web.Features.Departments;

/// <summary>The fields where the user's form differs from the department as someone else saved it.</summary>
public static class DepartmentConflictFields
{
    public static IReadOnlyList<ConflictField> Compare(DepartmentInput mine, Department theirs)
    {
        var fields = new List<ConflictField>();
        if (theirs.Number.Trim() != mine.Number.Trim()) fields.Add(new ConflictField("Amtsnummer", theirs.Number, mine.Number.Trim()));
        if (theirs.Name.Trim() != mine.Name.Trim()) fields.Add(new ConflictField("Name", theirs.Name, mine.Name.Trim()));
        if (theirs.BudgetProduct != BudgetKeyRules.Clean(mine.BudgetProduct))
            fields.Add(new ConflictField("Haushaltsprodukt", theirs.BudgetProduct ?? "–", BudgetKeyRules.Clean(mine.BudgetProduct) ?? "–"));
        if (theirs.BudgetAccount != BudgetKeyRules.Clean(mine.BudgetAccount))
            fields.Add(new ConflictField("Sachkonto", theirs.BudgetAccount ?? "–", BudgetKeyRules.Clean(mine.BudgetAccount) ?? "–"));
        if (theirs.LeitwegId != InvoiceIdentityRules.NormalLeitwegId(mine.LeitwegId))
            fields.Add(new ConflictField("Leitweg-ID", theirs.LeitwegId ?? "–", InvoiceIdentityRules.NormalLeitwegId(mine.LeitwegId) ?? "–"));
        return fields;
    }
}
