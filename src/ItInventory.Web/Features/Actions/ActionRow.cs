using ItInventory.Core.Analysis.Actions;

namespace ItInventory.Web.Features.Actions;

/// <summary>A line of "Handlungsbedarf" with where to act on it.</summary>
public sealed record ActionRow(ActionItem Item, string Link);

/// <summary>A line taken off the list, with who did so, when and why (a colleague may want to undo it).</summary>
public sealed record MarkedRow(ActionItem Item, string Link, bool Done, DateOnly? PostponedUntil, string Reason, string MarkedBy, DateTimeOffset MarkedAt);

/// <summary>The list as the page and the overview show it.</summary>
public sealed record ActionListView(DateOnly AsOf, IReadOnlyList<ActionRow> Open, IReadOnlyList<MarkedRow> Marked)
{
    public int CountOf(ActionUrgency urgency) => Open.Count(r => r.Item.Urgency == urgency);
}
