using ItInventory.Core.Analysis.Deadlines;
using ItInventory.Core.Domain;
using ItInventory.Web.Data;
using ItInventory.Web.Features.Contracts;
using ItInventory.Web.Features.Settings;
using ItInventory.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Reports;

/// <summary>
/// "Verträge und Fristen": every contract with its next termination date, notice deadline and decision date,
/// the most urgent first (earliest decision date), contracts without computable dates after them, ended ones last.
/// With suche the contract list's search applies. With fristTage=N only contracts that need a decision within the next N days, overdue ones included (the rule
/// <see cref="DecisionDue"/> the contract list, the dashboard and the findings share). The deadlines use the effective
/// analysis settings, as the contract list does, so the workbook lists the same contracts with the same dates.
/// </summary>
public sealed class ContractsReport(IDbContextFactory<InventoryDbContext> contextFactory, AnalysisSettingsService analysisSettings, InventoryClock clock) : IReport
{
    public ReportDefinition Definition => ReportCatalog.Contracts;

    public async Task<int> WriteAsync(ReportWorkbook workbook, ReportParameters parameters, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        var contracts = await ContractSearch.Apply(db.Contracts.Include(c => c.Vendor).Include(c => c.Products), parameters.Products.Search)
            .ToListAsync(cancellationToken);
        var options = await analysisSettings.GetEffectiveOptionsAsync(cancellationToken);
        var calculator = new DeadlineCalculator(options);

        var rows = contracts
            .Select(c => (Contract: c, Deadlines: calculator.Calculate(c, today)))
            .Where(c => parameters.DeadlineDays is not { } days || DecisionDue.Of(c.Deadlines, days) is not null)
            .OrderBy(c => c.Deadlines.Status == ContractStatus.Ended ? 2 : c.Deadlines.DecisionDate is null ? 1 : 0)
            .ThenBy(c => c.Deadlines.DecisionDate ?? DateOnly.MaxValue)
            .ThenBy(c => c.Deadlines.NoticeDeadline ?? DateOnly.MaxValue)
            .ThenBy(c => c.Contract.ContractNumber, StringComparer.Ordinal)
            .Select(c => new ContractRow(c.Contract, c.Deadlines, ContractRunState.Of(c.Deadlines, c.Contract.Start), DecisionDue.Pending(c.Deadlines)))
            .ToList();

        var notes = new List<string>
        {
            $"Stand {Formats.Date(today)}. Entscheidung bis = Kündigungsfrist (oder Vertragsende) minus {options.DecisionLeadDays} Tage Vorlauf für Ratsbeschluss oder Ausschreibung.",
        };
        if (parameters.Products.Search is { } search)
            notes.Add($"Suche: „{search}“ (Vertragsnummer, Titel, Anbieter oder Produkt).");
        if (parameters.DeadlineDays is { } horizon)
            notes.Add($"Filter: nur Verträge mit Entscheidung bis {Formats.Date(today.AddDays(horizon))} (in den nächsten {horizon} Tagen), überfällige eingeschlossen.");

        return workbook.AddSheet("Verträge", notes: notes).Table(rows,
        [
            new("Vertragsnummer", r => r.Contract.ContractNumber, CellFormat.Code),
            new("Titel", r => r.Contract.Title),
            new("Anbieter", r => r.Contract.Vendor?.Name),
            new("Vertragsart", r => Labels.Of(r.Contract.EvbItType)),
            new("Produkte", r => string.Join(", ", r.Contract.Products.OrderBy(p => p.InventoryNumber).Select(p => p.Name)), Width: 40, Wrap: true),
            new("Status", r => r.RunState.Label),
            new("Fristenstand", r => ContractStatusLabels.Of(r.Deadlines.Status)),
            new("Beginn", r => r.Contract.Start, CellFormat.Date),
            new("Laufzeit", r => Labels.Of(r.Contract.TermKind)),
            new("Stillschweigende Verlängerung", r => r.Contract.TermKind == ContractTermKind.Renewing ? r.Contract.TacitRenewal : null),
            new("Kündigungsfrist (Monate)", r => r.Contract.NoticePeriodMonths, CellFormat.Integer),
            new("Laufende Periode bis", r => r.Deadlines.CurrentTermEnd, CellFormat.Date),
            new("Nächstes mögliches Ende", r => r.Deadlines.NextTerminationDate, CellFormat.Date),
            new("Kündigung bis", r => r.Deadlines.NoticeDeadline, CellFormat.Date),
            new("Entscheidung bis", r => r.Deadlines.DecisionDate, CellFormat.Date),
            new("Tage bis Entscheidung", r => r.Decision?.DaysLeft, CellFormat.Integer),
            new("Dringlichkeit", r => r.Decision?.Urgency),
            new("Preisanpassung", r => PriceClause(r.Contract)),
            new("Jahreswert", r => r.Contract.AnnualValue, CellFormat.Euro, Total: true),
            new("Hinweis", r => r.Deadlines.Note, Width: 60, Wrap: true),
        ]);
    }

    private static string PriceClause(Contract contract) =>
        contract.PriceAdjustment == PriceAdjustmentKind.FixedPercent && contract.PriceAdjustmentPercent is { } percent
            ? $"{Labels.Of(contract.PriceAdjustment)} ({percent.ToString("0.##", Formats.German)} % p. a.)"
            : Labels.Of(contract.PriceAdjustment);

    /// <param name="Decision">The decision ahead (days left negative when overdue); null when none is to be made.</param>
    private sealed record ContractRow(Contract Contract, ContractDeadlines Deadlines, ContractRunState RunState, DecisionDue? Decision);
}
