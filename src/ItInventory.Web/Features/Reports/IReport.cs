namespace ItInventory.Web.Features.Reports;

/// <summary>One report: loads its data and lays out its sheets. Permission checks, the choice of writer and the audit trail are the caller's.</summary>
public interface IReport
{
    ReportDefinition Definition { get; }

    /// <summary>Adds the report's sheets to <paramref name="workbook"/> and returns how many records (products, findings, contracts …) it lists.</summary>
    Task<int> WriteAsync(ReportWorkbook workbook, ReportParameters parameters, CancellationToken cancellationToken);
}
