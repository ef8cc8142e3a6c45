namespace ItInventory.Web.Features.Import;

/// <summary>Limits and defaults of the Excel import, bound from the "Import" section of appsettings.</summary>
public sealed class ImportOptions
{
    public const string Section = "Import";

    /// <summary>Largest accepted upload; spreadsheets of a whole city's inventory stay far below 10 MB.</summary>
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Largest total size of the file's parts once unpacked; guards against zip bombs.</summary>
    public long MaxUncompressedBytes { get; set; } = 100 * 1024 * 1024;

    /// <summary>
    /// Largest compression ratio of one part (unpacked / packed). Ordinary worksheets reach 10–30; bombs reach 1000.
    /// Only parts above <see cref="RatioCheckMinimumBytes"/> are checked, because tiny parts compress wildly.
    /// </summary>
    public int MaxCompressionRatio { get; set; } = 200;

    public long RatioCheckMinimumBytes { get; set; } = 1024 * 1024;

    /// <summary>Most data rows one import may hold.</summary>
    public int MaxRows { get; set; } = 20_000;

    /// <summary>
    /// Category (code or name) for rows without a recognisable category. Created on confirmation when missing,
    /// so an unknown category never lands silently in an unrelated real one.
    /// </summary>
    public string DefaultCategory { get; set; } = "Sonstige";

    /// <summary>How long a finished import's report stays downloadable.</summary>
    public int ReportMinutes { get; set; } = 30;

    /// <summary>Rows written per SaveChanges; one transaction spans all batches.</summary>
    public int SaveBatchSize { get; set; } = 500;
}
