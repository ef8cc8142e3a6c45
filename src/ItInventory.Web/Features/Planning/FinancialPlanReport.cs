using ItInventory.Core.Analysis.Prices;
using ItInventory.Core.Planning;
using ItInventory.Web.Features.Reports;

namespace ItInventory.Web.Features.Planning;

/// <summary>
/// "Finanzplanung" for the Kämmerei: the page's figures as numbers with SUBTOTAL totals (sheets by year, by department,
/// by product and cost type), and the assumptions as text.
/// </summary>
public sealed class FinancialPlanReport(FinancialPlanService plans) : IReport
{
    public ReportDefinition Definition => ReportCatalog.FinancialPlan;

    public async Task<int> WriteAsync(ReportWorkbook workbook, ReportParameters parameters, CancellationToken cancellationToken)
    {
        var plan = await plans.GetAsync(new ProjectionHorizon(parameters.Year ?? plans.DefaultBudgetYear), cancellationToken);
        var horizon = plan.Horizon;
        var span = $"Haushaltsjahr {horizon.BudgetYear}, {horizon.RunningYear}–{horizon.LastYear}";
        var assumptions = Assumptions(plan);

        workbook.AddSheet("Summen", span, [$"Zuwachs bis {horizon.LastYear}: {Formats.Euro(plan.GrowthOverHorizon().Growth)}, davon über dem Index {Formats.Euro(plan.GrowthOverHorizon().AboveIndex)}."])
            .Table(plan.Projection.Totals,
            [
                new("Jahr", t => t.Year, CellFormat.Year),
                new("Rolle", t => horizon.RoleOf(t.Year)),
                new("IT-Kosten", t => t.Amount, CellFormat.Euro, Total: true),
                new("Zuwachs durch den Index", t => t.IndexDriven, CellFormat.Euro, Total: true),
                new("Zuwachs über dem Index", t => t.AboveIndex, CellFormat.Euro, Total: true),
                new("Beginn, Ende, Einmalkosten", t => t.ScopeChange, CellFormat.Euro, Total: true),
            ]);

        workbook.AddSheet("Nach Haushaltsstellen", span,
                ["Haushaltsprodukt und Sachkonto: die des Produkts, wo es abweicht, sonst die des federführenden Amts; das Sachkonto einer Kostenart geht dem des Amts vor."])
            .Table(plan.ByBudgetKey,
            [
                new("Haushaltsprodukt", k => k.Key.ProductLabel, CellFormat.Code),
                new("Sachkonto", k => k.Key.AccountLabel, CellFormat.Code),
                .. YearColumns<BudgetKeyTotal>(plan, (k, i) => k.Amounts[i]),
            ]);

        var byDepartment = plan.SumBy(r => r.Department);
        workbook.AddSheet("Nach Amt", span, ["Ein Produkt zählt beim federführenden Amt."])
            .Table(byDepartment, [new("Amt", d => d.Key), .. YearColumns<(string Key, IReadOnlyList<decimal> Amounts)>(plan, (d, i) => d.Amounts[i])]);

        workbook.AddSheet("Nach Produkt", span, ["Je Produkt und Kostenart; die Begründung nennt die Regel, die die Zahl des Haushaltsjahres ergibt."])
            .Table(plan.Rows,
            [
                new("Amt", r => r.Department),
                new("Inventarnummer", r => r.InventoryNumber, CellFormat.Code),
                new("Produkt", r => r.ProductName),
                new("Kostenart", r => CostTypeNames.Label(r.CostType)),
                .. YearColumns<FinancialPlanRow>(plan, (r, i) => r.Figures[i].Amount),
                new($"Begründung {horizon.BudgetYear}", r => r.Figures.First(f => f.Year == horizon.BudgetYear).Explanation, Width: 80, Wrap: true),
            ]);

        workbook.AddSheet("Verpflichtungsermächtigungen", span,
                [$"Verträge, die auch bei Kündigung zu Beginn von {horizon.BudgetYear} noch in die Planungsjahre laufen: ihre fortgeschriebenen Kosten bis zum frühesten Vertragsende."])
            .Table(plan.Commitments,
            [
                new("Inventarnummer", c => c.InventoryNumber, CellFormat.Code),
                new("Produkt", c => c.ProductName),
                new("Kostenart", c => CostTypeNames.Label(c.CostType)),
                new("Vertrag", c => c.Contract),
                new("Frühestes Ende", c => Formats.Date(c.EarliestEnd)),
                .. plan.CommitmentYears.Select(year => new ReportColumn<CommitmentLine>(year.ToString(), c => c.Amounts.GetValueOrDefault(year), CellFormat.Euro, Total: true)),
            ]);

        workbook.AddSheet("Annahmen", span).Table(assumptions, [new("Annahme", a => a.Name), new("Wert", a => a.Value, Width: 90, Wrap: true)]);
        return plan.Rows.Count;
    }

    private static IEnumerable<ReportColumn<T>> YearColumns<T>(FinancialPlan plan, Func<T, int, decimal> amount) =>
        plan.Years.Select((year, i) => new ReportColumn<T>(year.ToString(), row => amount(row, i), CellFormat.Euro, Total: true));

    private static IReadOnlyList<(string Name, string Value)> Assumptions(FinancialPlan plan)
    {
        var a = plan.Projection.Assumptions;
        return
        [
            ("Haushaltsjahr", plan.Horizon.BudgetYear.ToString()),
            ("Planungszeitraum", $"{plan.Horizon.RunningYear} (laufendes Jahr) bis {plan.Horizon.LastYear}"),
            ("VPI-Änderung je Jahr", $"{Formats.SignedPercent(a.VpiPercent / 100m)} ({(plan.VpiIsDefault ? "letzte bekannte Jahresänderung" : "gespeicherte Annahme")}); veröffentlichte Indexwerte gehen vor"),
            ("VPI-Änderung einzelner Jahre", plan.VpiByYearWording ?? "keine: die allgemeine Annahme gilt in jedem Jahr"),
            ("RZ-Entgelte je Jahr", a.DataCentrePercent is { } dc ? Formats.SignedPercent(dc / 100m) : "keine eigene Annahme: Preisklausel des RZ-Vertrags"),
            ("Laufendes Jahr", "Jahreskosten: Ist, sobald für Produkt und Kostenart gebucht, sonst Plan"),
            ("Preisklauseln", "fest: vereinbarter Satz; Index: VPI; einseitig: eigene durchschnittliche Steigerung der letzten drei Jahre; keine: gleichbleibend"),
            ("Vertragsende", "Ein befristeter oder gekündigter Vertrag endet zu seinem Termin (anteilig nach Tagen); ohne Nachfolgevertrag entfallen die Kosten danach"),
            ("Planzeilen", "Vorhandene Planzeilen eines künftigen Jahres überschreiben die Fortschreibung"),
            ("Einmalkosten", "Lizenzkauf, Schulung, Beratung und Sonstiges werden nicht fortgeschrieben"),
        ];
    }
}
