using ItInventory.Core.Analysis.Actions;
using ItInventory.Web.Features.Import;

namespace ItInventory.Web.Features.Actions;

/// <summary>A line of "Handlungsbedarf" with where to act on it.</summary>
public sealed record ActionRow(ActionItem Item, string Link);

/// <summary>A line taken off the list, with who did so, when and why (a colleague may want to undo it).</summary>
public sealed record MarkedRow(ActionItem Item, string Link, bool Done, DateOnly? PostponedUntil, string Reason, string MarkedBy, DateTimeOffset MarkedAt);

/// <summary>The list as the page and the overview show it.</summary>
/// <param name="InvoicesToReview">E-invoices in the Rechnungseingang waiting for someone to assign and book them; null when
/// the user may not book costs (the list then does not mention them).</param>
/// <param name="Imports">Excel imports whose rows were not all written or were marked for a check; empty for who may not import.</param>
public sealed record ActionListView(DateOnly AsOf, IReadOnlyList<ActionRow> Open, IReadOnlyList<MarkedRow> Marked, int? InvoicesToReview = null,
    IReadOnlyList<OpenImportRun>? Imports = null)
{
    public IReadOnlyList<OpenImportRun> ImportsWithProblems => Imports ?? [];

    public int CountOf(ActionUrgency urgency) => Open.Count(r => r.Item.Urgency == urgency);

    /// <summary>One German sentence of counts, for the page and the overview alike.</summary>
    public string Describe()
    {
        var soon = Open.Count(r => r.Item.Urgency is not (ActionUrgency.Overdue or ActionUrgency.Finding));
        return $"{CountOf(ActionUrgency.Overdue)} überfällige Entscheidungen, {soon} weitere in den nächsten 90 Tagen, "
            + $"{CountOf(ActionUrgency.Finding)} Auffälligkeiten mit Handlungsbedarf"
            + (InvoicesToReview is > 0 and var invoices ? $", {invoices} {(invoices == 1 ? "Rechnung wartet" : "Rechnungen warten")} auf Prüfung" : "")
            + (ImportsWithProblems.Count is > 0 and var imports ? $", {imports} {(imports == 1 ? "Import" : "Importe")} mit Problemen" : "")
            + (Marked.Count > 0 ? $"; {Marked.Count} erledigt oder zurückgestellt." : ".");
    }
}
