using ItInventory.Core.Domain;
using ItInventory.Web.Infrastructure.Editing;

namespace ItInventory.Web.Features.Costs;

/// <summary>Lists where the user's cost line differs from the one someone else saved meanwhile.</summary>
public static class CostLineConflictFields
{
    public static IReadOnlyList<ConflictField> Compare(CostLineInput mine, CostLine theirs, Func<int?, string> contractName, Func<int?, string> productName)
    {
        var fields = new List<ConflictField>();
        void Check<T>(string label, T theirValue, T myValue, Func<T, string> show)
        {
            if (!EqualityComparer<T>.Default.Equals(theirValue, myValue)) fields.Add(new ConflictField(label, show(theirValue), show(myValue)));
        }

        static string Text(string? value) => string.IsNullOrWhiteSpace(value) ? "–" : value.Trim();
        Check("Haushaltsjahr", (int?)theirs.FiscalYear, mine.FiscalYear, y => y?.ToString(Formats.German) ?? "–");
        Check("Plan/Ist", theirs.Kind, mine.Kind, Labels.Of);
        Check("Kostenart", theirs.CostType, mine.CostType, Labels.Of);
        Check("Betrag", (decimal?)theirs.Amount, mine.Amount, Formats.EuroCents);
        Check("Menge", theirs.Quantity, mine.Quantity, q => q?.ToString("N0", Formats.German) ?? "–");
        Check("Rechnungsnummer", Text(theirs.InvoiceReference), Text(mine.InvoiceReference), v => v);
        Check("Notiz", Text(theirs.Note), Text(mine.Note), v => v);
        Check("Vertrag", theirs.ContractId, mine.ContractId, contractName);
        Check("Produkt", (int?)theirs.ProductId, mine.ProductId, productName);
        return fields;
    }
}
