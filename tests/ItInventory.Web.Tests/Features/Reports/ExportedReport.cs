using ItInventory.Web.Features.Reports;

namespace ItInventory.Web.Tests.Features.Reports;

/// <summary>A report file written out as the endpoint writes it, built or streamed.</summary>
internal sealed record ExportedReport(string FileName, byte[] Content, bool IsStreamed)
{
    public static async Task<ExportedReport> Of(ReportFile file)
    {
        using var stream = new MemoryStream();
        await file.WriteToAsync(stream, CancellationToken.None);
        return new ExportedReport(file.FileName, stream.ToArray(), file.IsStreamed);
    }
}
