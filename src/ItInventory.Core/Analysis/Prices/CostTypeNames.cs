using ItInventory.Core.Domain;

namespace ItInventory.Core.Analysis.Prices;

/// <summary>German names of cost types for sentences ("Die Pflegekosten stiegen ...") and titles.</summary>
public static class CostTypeNames
{
    /// <summary>Plural noun that follows "Die"; null stands for all recurring costs together.</summary>
    public static string CostsNoun(CostType? type) => type switch
    {
        null => "laufenden Kosten",
        CostType.LicencePurchase => "Lizenzkosten",
        CostType.Maintenance => "Pflegekosten",
        CostType.Subscription => "Abonnementkosten",
        CostType.Hosting => "Hosting- und RZ-Kosten",
        CostType.Support => "Supportkosten",
        CostType.Training => "Schulungskosten",
        CostType.Consulting => "Beratungskosten",
        CostType.SwitchingFee => "Wechselentgelte",
        _ => "sonstigen Kosten",
    };

    public static string Label(CostType? type) => type switch
    {
        null => "Laufende Kosten",
        CostType.LicencePurchase => "Lizenzkauf",
        CostType.Maintenance => "Pflege",
        CostType.Subscription => "Abonnement",
        CostType.Hosting => "Hosting/RZ",
        CostType.Support => "Support",
        CostType.Training => "Schulung",
        CostType.Consulting => "Beratung",
        CostType.SwitchingFee => "Wechselentgelt",
        _ => "Sonstiges",
    };
}
