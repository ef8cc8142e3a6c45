namespace ItInventory.Web.Features.Reports;

/// <summary>One report: loads its data and writes its sheets. Permission checks and the audit trail are the caller's.</summary>
public interface IReport
{
    ReportDefinition Definition { get; }

    /// <summary>Writes the report's sheets and returns how many records (products, findings, contracts …) it lists.</summary>
    Task<int> WriteAsync(WorkbookWriter writer, ReportParameters parameters, CancellationToken cancellationToken);
}
