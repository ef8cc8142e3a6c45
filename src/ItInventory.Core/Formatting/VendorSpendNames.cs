namespace ItInventory.Core.Formatting;

/// <summary>
/// "What do we spend with this vendor" has two legitimate answers; each has one name, used on every page, in every
/// report and in the API's descriptions, so the two figures are never mistaken for each other.
/// Both count a year's cost lines by <see cref="ItInventory.Core.Analysis.Prices.YearCostRule"/>.
/// </summary>
public static class VendorSpendNames
{
    /// <summary>
    /// What the city pays the vendor itself: the lines under its contracts, plus lines without a contract for the
    /// products it makes (<c>YearCosts.PaidLines</c>). A data centre's hosting fee counts for the data centre.
    /// </summary>
    public const string Payments = "Zahlungen an den Anbieter";

    public const string PaymentsExplanation =
        "Gezählt wird, was an den Anbieter fließt: Kostenpositionen aus seinen Verträgen, dazu Positionen ohne Vertrag für seine Produkte.";

    /// <summary>
    /// The year cost of the products the vendor makes, whoever is paid: including, say, a data centre's hosting of
    /// them (<c>YearCosts.OfProducts</c> by the product's vendor).
    /// </summary>
    public const string ProductCosts = "Kosten seiner Produkte";

    public const string ProductCostsExplanation =
        "Gezählt werden alle Kosten der Produkte, die der Anbieter herstellt, gleich an wen gezahlt wird, z. B. auch der Betrieb durch ein Rechenzentrum.";

    public static string PaymentsIn(int year) => $"{Payments} {year}";

    public static string ProductCostsIn(int year) => $"{ProductCosts} {year}";
}
