using ItInventory.Core.Domain;
using static ItInventory.Core.Formatting.Formats;

namespace ItInventory.Core.Analysis.Exit;

/// <summary>One item of the switching cost with the basis of its figure.</summary>
/// <param name="Key">Stable name of the item, under which an assessment stores a figure set by hand.</param>
/// <param name="Default">The figure the settings and inventory facts give.</param>
/// <param name="Amount">The figure that counts: the one set by hand, else the default.</param>
public sealed record SwitchingCostItem(string Key, string Label, decimal Default, decimal Amount, string Basis, bool Edited);

/// <summary>The items of a switching-cost estimate and their sum.</summary>
public sealed record SwitchingCost(IReadOnlyList<SwitchingCostItem> Items)
{
    public decimal Total => Items.Sum(i => i.Amount);
}

/// <summary>The keys under which switching-cost items are stored.</summary>
public static class SwitchingCostKeys
{
    public const string Migration = "migration";
    public const string Parallel = "parallel";
    public const string Training = "training";
    public const string Procurement = "procurement";
    public const string ExitFees = "exitfees";

    public static string Interface(int interfaceId) => $"interface:{interfaceId}";

    /// <summary>Whether a key names an item an estimate can have; interface keys need an interface id.</summary>
    public static bool IsKnown(string key) =>
        key is Migration or Parallel or Training or Procurement or ExitFees
        || (key.StartsWith("interface:", StringComparison.Ordinal) && int.TryParse(key.AsSpan(10), out var id) && id > 0);
}

/// <summary>An interface of the product as the estimate needs it: whom it connects and by which standard, if any.</summary>
public sealed record ExitInterface(int Id, string Counterpart, string? StandardCode);

/// <summary>
/// Estimates what leaving costs, item by item: data migration, re-implementing each interface, parallel operation,
/// training, procurement and the contracts' exit fees. Defaults come from <see cref="ExitOptions"/> and the inventory;
/// a figure set by hand replaces its default and says so.
/// </summary>
public sealed class SwitchingCostEstimator(ExitOptions options)
{
    public SwitchingCost Estimate(Product product, decimal? annualRunningCost, IReadOnlyList<ExitInterface> interfaces,
        IEnumerable<Contract> contracts, IReadOnlyDictionary<string, decimal> edited)
    {
        var running = annualRunningCost ?? 0m;
        var runningText = annualRunningCost is null ? "laufende Kosten unbekannt" : $"{Euro(running)} laufende Kosten pro Jahr";
        var items = new List<SwitchingCostItem>();
        void Add(string key, string label, decimal amount, string basis) =>
            items.Add(edited.TryGetValue(key, out var set)
                ? new SwitchingCostItem(key, label, amount, set, $"von Hand gesetzt (Vorgabe {Euro(amount)}: {basis})", true)
                : new SwitchingCostItem(key, label, amount, amount, basis, false));

        if (product.EstimatedMigrationCost is { } estimate)
            Add(SwitchingCostKeys.Migration, "Datenmigration", estimate, "Schätzung am Produkt");
        else
            Add(SwitchingCostKeys.Migration, "Datenmigration", Round(running * options.MigrationShareOfRunningCost),
                $"{PercentFigure(options.MigrationShareOfRunningCost * 100m)} von {runningText}");

        foreach (var item in interfaces)
        {
            var (cost, basis) = item.StandardCode is { } code
                ? (options.InterfaceWithStandardCost, $"Standard {code}: Anbindung nach Vorgabe")
                : (options.InterfaceWithoutStandardCost, "kein Standard: Neuentwicklung");
            Add(SwitchingCostKeys.Interface(item.Id), $"Schnittstelle {item.Counterpart}", cost, basis);
        }

        var months = Math.Max(0, options.ParallelOperationMonths);
        Add(SwitchingCostKeys.Parallel, "Parallelbetrieb", Round(running * months / 12m), $"{months} Monate anteilig von {runningText}");

        var users = product.UserCount ?? 0;
        Add(SwitchingCostKeys.Training, "Schulung", users * options.TrainingCostPerUser,
            product.UserCount is null ? "Nutzerzahl unbekannt" : $"{users} Nutzende × {Euro(options.TrainingCostPerUser)}");

        Add(SwitchingCostKeys.Procurement, "Vergabeaufwand", options.ProcurementEffort, "Vorgabe aus den Einstellungen");

        var feeContracts = contracts.Where(c => c.SwitchingFee is > 0m).ToList();
        Add(SwitchingCostKeys.ExitFees, "Ausstiegsentgelte", feeContracts.Sum(c => c.SwitchingFee!.Value),
            feeContracts.Count == 0 ? "kein Wechselentgelt im Vertrag erfasst"
                : string.Join(", ", feeContracts.Select(c => $"Vertrag {c.ContractNumber}: {Euro(c.SwitchingFee)}")));

        return new SwitchingCost(items);
    }

    private static decimal Round(decimal amount) => decimal.Round(amount, 2, MidpointRounding.AwayFromZero);
}
