namespace ItInventory.Core.Analysis.Prices;

/// <summary>What to compare with when the VPI of a year is not published yet.</summary>
public enum MissingIndexPolicy
{
    /// <summary>
    /// Carry the latest known annual change forward (2026 is compared with the 2025 change) and say so in the
    /// finding. Chosen as the default because the current year's invoices arrive long before Destatis publishes
    /// the annual average, and a year without any comparison would hide exactly the newest increases.
    /// </summary>
    UseLatestKnownChange,
    /// <summary>Compare nothing for that year.</summary>
    Skip,
}
