using ItInventory.Core.Domain;

namespace ItInventory.Core.Analysis;

/// <summary>Resolves the links of a snapshot from ids and navigation properties alike.</summary>
internal sealed class SnapshotLinks
{
    private readonly InventorySnapshot snapshot;
    private readonly Dictionary<int, Vendor> vendors;
    private readonly Dictionary<int, ProductCategory> categories;
    private readonly Dictionary<int, Department> departments;
    private readonly Dictionary<int, List<CostLine>> linesByProduct;
    private readonly ILookup<int, CostLine> switchingFeesByContract;
    private readonly ILookup<int, Contract> contractsById;
    private readonly ILookup<int, Contract> contractsByProductId;
    private readonly Dictionary<Product, List<Contract>> contractsByProduct = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Contract, int> contractPosition = new(ReferenceEqualityComparer.Instance);

    public SnapshotLinks(InventorySnapshot snapshot)
    {
        this.snapshot = snapshot;
        vendors = ById(snapshot.Vendors);
        categories = ById(snapshot.Categories);
        departments = ById(snapshot.Departments);
        linesByProduct = DistinctByProduct(snapshot.CostLines);
        switchingFeesByContract = snapshot.CostLines.Concat(snapshot.Products.SelectMany(p => p.CostLines))
            .Where(l => l.CostType == CostType.SwitchingFee && l.ContractId is not null)
            .Distinct(ReferenceEqualityComparer.Instance).Cast<CostLine>().ToLookup(l => l.ContractId!.Value);
        AllContracts = Distinct(snapshot.Contracts.Concat(snapshot.Products.SelectMany(p => p.Contracts)));

        // Indexes for ContractsOf: a scan of every contract per product is quadratic, minutes at a county's size.
        contractsById = AllContracts.ToLookup(c => c.Id);
        contractsByProductId = AllContracts.SelectMany(c => c.Products.Where(p => p.Id != 0).Select(p => (p.Id, Contract: c))).ToLookup(x => x.Id, x => x.Contract);
        for (var i = 0; i < AllContracts.Count; i++)
        {
            var contract = AllContracts[i];
            contractPosition[contract] = i;
            foreach (var product in contract.Products)
            {
                if (!contractsByProduct.TryGetValue(product, out var list))
                {
                    contractsByProduct[product] = list = [];
                }

                list.Add(contract);
            }
        }
    }

    public IReadOnlyList<Contract> AllContracts { get; }

    public Vendor? VendorOf(Product product) => vendors.GetValueOrDefault(product.VendorId) ?? product.Vendor;

    public Vendor? OperatorOf(Product product) =>
        product.OperatorVendorId is { } id ? vendors.GetValueOrDefault(id) ?? product.OperatorVendor : product.OperatorVendor;

    public ProductCategory? CategoryOf(Product product) => categories.GetValueOrDefault(product.CategoryId) ?? product.Category;

    public string DepartmentName(int id, Department? navigation) =>
        (departments.GetValueOrDefault(id) ?? navigation)?.DisplayName ?? $"Amt {id}";

    public IReadOnlyList<CostLine> CostLinesOf(Product product)
    {
        var listed = linesByProduct.GetValueOrDefault(product.Id) ?? [];
        return product.CostLines.Count == 0 ? listed : Distinct(listed.Concat(product.CostLines));
    }

    /// <summary>The switching and egress fees booked on a contract (for the Data Act check).</summary>
    public IEnumerable<CostLine> SwitchingFeesOf(Contract contract) => switchingFeesByContract[contract.Id];

    public IReadOnlyList<Contract> ContractsOf(Product product, IReadOnlyList<CostLine> lines)
    {
        // The contracts a line names, or that cover the product (the same object or the same saved id), in the order of AllContracts.
        var found = new HashSet<Contract>(ReferenceEqualityComparer.Instance);
        foreach (var id in lines.Select(l => l.ContractId).OfType<int>().Distinct())
        {
            found.UnionWith(contractsById[id]);
        }

        if (product.Id != 0)
        {
            found.UnionWith(contractsByProductId[product.Id]);
        }

        if (contractsByProduct.TryGetValue(product, out var covering))
        {
            found.UnionWith(covering);
        }

        return Distinct(product.Contracts.Concat(found.OrderBy(c => contractPosition[c])));
    }

    /// <summary>
    /// The snapshot's lines per product, each once (by reference, and by saved id within its product), in their order.
    /// Done once for all products rather than per product: two sets per product were a seventh of the rules' time at
    /// 20,000 products.
    /// </summary>
    private static Dictionary<int, List<CostLine>> DistinctByProduct(IEnumerable<CostLine> lines)
    {
        var seen = new HashSet<CostLine>(lines.TryGetNonEnumeratedCount(out var count) ? count : 0, ReferenceEqualityComparer.Instance);
        var seenIds = new HashSet<(int ProductId, int Id)>();
        var byProduct = new Dictionary<int, List<CostLine>>();
        foreach (var line in lines)
        {
            if (!seen.Add(line) || (line.Id != 0 && !seenIds.Add((line.ProductId, line.Id))))
                continue;
            if (!byProduct.TryGetValue(line.ProductId, out var list))
                byProduct[line.ProductId] = list = [];
            list.Add(line);
        }

        return byProduct;
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
