using ItInventory.Core.Domain;

namespace ItInventory.Core.Analysis;

/// <summary>Resolves the links of a snapshot from ids and navigation properties alike.</summary>
internal sealed class SnapshotLinks
{
    private readonly InventorySnapshot snapshot;
    private readonly Dictionary<int, Vendor> vendors;
    private readonly Dictionary<int, ProductCategory> categories;
    private readonly Dictionary<int, Department> departments;
    private readonly ILookup<int, CostLine> linesByProduct;

    public SnapshotLinks(InventorySnapshot snapshot)
    {
        this.snapshot = snapshot;
        vendors = ById(snapshot.Vendors);
        categories = ById(snapshot.Categories);
        departments = ById(snapshot.Departments);
        linesByProduct = snapshot.CostLines.ToLookup(l => l.ProductId);
        AllContracts = Distinct(snapshot.Contracts.Concat(snapshot.Products.SelectMany(p => p.Contracts)));
    }

    public IReadOnlyList<Contract> AllContracts { get; }

    public Vendor? VendorOf(Product product) => vendors.GetValueOrDefault(product.VendorId) ?? product.Vendor;

    public Vendor? OperatorOf(Product product) =>
        product.OperatorVendorId is { } id ? vendors.GetValueOrDefault(id) ?? product.OperatorVendor : product.OperatorVendor;

    public ProductCategory? CategoryOf(Product product) => categories.GetValueOrDefault(product.CategoryId) ?? product.Category;

    public string DepartmentName(int id, Department? navigation) =>
        (departments.GetValueOrDefault(id) ?? navigation)?.DisplayName ?? $"Amt {id}";

    public IReadOnlyList<CostLine> CostLinesOf(Product product) =>
        Distinct(linesByProduct[product.Id].Concat(product.CostLines));

    public IReadOnlyList<Contract> ContractsOf(Product product, IReadOnlyList<CostLine> lines)
    {
        var viaLines = lines.Select(l => l.ContractId).OfType<int>().ToHashSet();
        return Distinct(product.Contracts.Concat(AllContracts.Where(c =>
            viaLines.Contains(c.Id) || c.Products.Any(p => ReferenceEquals(p, product) || (p.Id != 0 && p.Id == product.Id)))));
    }

    private static Dictionary<int, T> ById<T>(IEnumerable<T> entities) where T : Entity =>
        entities.GroupBy(e => e.Id).ToDictionary(g => g.Key, g => g.Last());

    /// <summary>Same instance, or same saved id (0 means "not saved yet", so only the instance decides).</summary>
    private static IReadOnlyList<T> Distinct<T>(IEnumerable<T> entities) where T : Entity
    {
        var seenIds = new HashSet<int>();
        var seen = new HashSet<T>(ReferenceEqualityComparer.Instance);
        return entities.Where(e => seen.Add(e) && (e.Id == 0 || seenIds.Add(e.Id))).ToList();
    }
}
