using ItInventory.Core.Analysis;
using ItInventory.Core.Analysis.Actions;
using ItInventory.Core.Analysis.Deadlines;
using ItInventory.Core.Domain;
using ItInventory.Core.Validation;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Entities;
using ItInventory.Web.Features.Findings;
using ItInventory.Web.Features.Import;
using ItInventory.Web.Features.Settings;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Actions;

/// <summary>
/// "Handlungsbedarf" for the people who act on contracts and costs (IT-Leitung, Beschaffung): the list from the shared
/// analysis, and the marks that take a line off it for the whole tenant.
/// </summary>
public sealed class ActionListService(
    AnalysisService analysis,
    AnalysisSettingsService settings,
    IDbContextFactory<InventoryDbContext> contextFactory,
    ICurrentUser currentUser,
    ImportRuns imports,
    InventoryClock clock)
{
    public const Permission Needed = Permission.EditContracts;

    public async Task<ActionListView> GetAsync(CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Needed);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var report = (await analysis.AnalyzeIndexedUsingAsync(db, null, cancellationToken)).Report;
        var options = await settings.GetEffectiveOptionsAsync(db, cancellationToken);

        var window = new ActionListOptions(MinimumImpactEuro: options.MinimumImpactEuro);
        var ids = DecisionDue.Within(report.Deadlines, window.DecisionWindowDays).Select(d => d.Deadlines.ContractId).ToArray();
        var names = await db.Contracts.AsNoTracking()
            .Where(c => EF.Parameter(ids).Contains(c.Id))
            .Select(c => new { c.Id, c.ContractNumber, c.Title })
            .ToDictionaryAsync(c => c.Id, c => DeadlineFindings.ContractName(c.ContractNumber, c.Title), cancellationToken);
        var marks = await db.ActionMarks.AsNoTracking().ToDictionaryAsync(m => m.ItemKey, cancellationToken);

        var result = ActionList.Build(report, id => names.GetValueOrDefault(id),
            marks.ToDictionary(m => m.Key, m => new ActionMarkState(m.Value.Done, m.Value.PostponedUntil)), window);
        // Received e-invoices become costs only once someone assigns and books them; those who may book see how many wait.
        int? invoices = await currentUser.HasAsync(Permission.EditCosts)
            ? await db.ReceivedInvoices.CountAsync(i => i.Status == ReceivedInvoiceStatus.ToReview, cancellationToken)
            : null;
        return new ActionListView(report.AsOf,
            result.Items.Select(i => new ActionRow(i, SubjectLinks.Of(i.Subject))).ToList(),
            result.Hidden.Select(i => Marked(i, marks[i.Key])).OrderByDescending(m => m.MarkedAt).ToList(),
            invoices, await imports.OpenAsync(cancellationToken));
    }

    /// <summary>Takes the item off the list for everyone: done for good, or until <paramref name="postponedUntil"/>.</summary>
    public async Task MarkAsync(ActionItem item, bool done, DateOnly? postponedUntil, string? reason, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Needed);
        var cleanReason = NameRules.Clean(reason);
        new ValidationErrors()
            .When(cleanReason.Length == 0, "Reason", done ? "Bitte sagen Sie kurz, was erledigt wurde." : "Bitte geben Sie den Grund der Zurückstellung an.")
            .When(cleanReason.Length > ActionMark.ReasonLength, "Reason", $"Die Begründung darf höchstens {ActionMark.ReasonLength} Zeichen lang sein.")
            .Problem("Reason", TextRules.Problem(reason))
            .When(!done && postponedUntil is null, "PostponedUntil", "Bitte geben Sie an, bis wann zurückgestellt wird.")
            .When(!done && postponedUntil <= clock.Today, "PostponedUntil", "Zurückstellen geht nur auf einen Tag nach heute.")
            .Problem("PostponedUntil", done ? null : DateRules.Problem(postponedUntil, "Das Datum"))
            .When(item.Key.Length > ActionMark.KeyLength, "Key", "Dieser Eintrag lässt sich nicht vormerken.")
            .ThrowIfAny();

        var who = await currentUser.GetNameAsync();
        try
        {
            await SaveAsync(item, done, postponedUntil, cleanReason, who, cancellationToken);
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException && ex.IsUniqueViolation())
        {
            // A colleague marked the same item a moment ago: this mark, the later one, replaces it.
            await SaveAsync(item, done, postponedUntil, cleanReason, who, cancellationToken);
        }
    }

    /// <summary>Puts the item back on the list.</summary>
    public async Task ReopenAsync(string key, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Needed);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var mark = await db.ActionMarks.SingleOrDefaultAsync(m => m.ItemKey == key, cancellationToken);
        if (mark is not null)
        {
            db.ActionMarks.Remove(mark);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task SaveAsync(ActionItem item, bool done, DateOnly? postponedUntil, string reason, string who, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // A second mark replaces the first (a postponed item is later done); the trail keeps both.
        var mark = await db.ActionMarks.SingleOrDefaultAsync(m => m.ItemKey == item.Key, cancellationToken);
        if (mark is null)
        {
            mark = new ActionMark { ItemKey = item.Key };
            db.ActionMarks.Add(mark);
        }

        mark.Title = item.Title.Length > 400 ? item.Title[..400] : item.Title;
        mark.Done = done;
        mark.PostponedUntil = done ? null : postponedUntil;
        mark.Reason = reason;
        mark.MarkedBy = who;
        mark.MarkedAt = DateTimeOffset.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
    }

    private static MarkedRow Marked(ActionItem item, ActionMark mark) =>
        new(item, SubjectLinks.Of(item.Subject), mark.Done, mark.PostponedUntil, mark.Reason, mark.MarkedBy, mark.MarkedAt);
}
