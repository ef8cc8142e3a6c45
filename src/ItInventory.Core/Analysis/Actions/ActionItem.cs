namespace ItInventory.Core.Analysis.Actions;

/// <summary>How soon something on the action list needs the user, most urgent first.</summary>
public enum ActionUrgency
{
    /// <summary>A contract decision whose date has passed while it can still be made.</summary>
    Overdue,
    Within7Days,
    Within30Days,
    Within90Days,
    /// <summary>A finding above the chosen severity and € threshold: no date, but money or risk at stake.</summary>
    Finding,
}

/// <summary>
/// One line of "Handlungsbedarf": what needs the user, why, and what to do about it.
/// </summary>
/// <param name="Key">
/// Stable across analysis runs and the same for every user of the tenant, so a mark ("erledigt", "zurückgestellt")
/// sticks to it. A contract decision's key names its decision date: when the contract runs on into its next term, the
/// next decision is a new item.
/// </param>
/// <param name="ToDo">What to do, in German, as an imperative sentence with its dates.</param>
/// <param name="DecisionDate">For a contract decision: the date by which the city must decide.</param>
public sealed record ActionItem(string Key, ActionUrgency Urgency, SubjectRef Subject, string Title, string ToDo,
    DateOnly? DecisionDate = null, decimal? ImpactEuro = null, Severity Severity = Severity.Warning);

/// <summary>What a user decided about an item: done for good, or postponed until a day on which it shows again.</summary>
public sealed record ActionMarkState(bool Done, DateOnly? PostponedUntil)
{
    /// <summary>Hidden on <paramref name="asOf"/>: done, or postponed to a later day.</summary>
    public bool Hides(DateOnly asOf) => Done || PostponedUntil > asOf;
}

/// <summary>The list the user works through, and how many items his or her colleagues' marks have taken off it.</summary>
public sealed record ActionListResult(IReadOnlyList<ActionItem> Items, IReadOnlyList<ActionItem> Hidden)
{
    public int CountOf(ActionUrgency urgency) => Items.Count(i => i.Urgency == urgency);
}
