namespace ItInventory.Web.Features.Invoices;

/// <summary>Limits of the e-invoice intake and the retention period, bound from the "Invoices" section.</summary>
public sealed class InvoiceOptions
{
    public const string Section = "Invoices";

    /// <summary>Largest accepted upload (one invoice, or one zip of many).</summary>
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Largest total unpacked size of a zip of invoices; guards against zip bombs.</summary>
    public long MaxUncompressedBytes { get; set; } = 100 * 1024 * 1024;

    /// <summary>Largest unpacked/packed ratio of one zip entry above <see cref="RatioCheckMinimumBytes"/>.</summary>
    public int MaxCompressionRatio { get; set; } = 200;

    public long RatioCheckMinimumBytes { get; set; } = 1024 * 1024;

    /// <summary>Most invoices one upload may hold.</summary>
    public int MaxFilesPerBatch { get; set; } = 10_000;

    /// <summary>
    /// Years after the end of the issue year an invoice is kept unchanged: 8 for tax-relevant documents (§ 147 AO
    /// since 2025); some states ask for a period after the annual accounts instead (e.g. 6 years, GemHVO BW).
    /// </summary>
    public int RetentionYears { get; set; } = 8;
}
