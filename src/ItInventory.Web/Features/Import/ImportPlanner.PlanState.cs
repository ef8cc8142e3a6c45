using System.Globalization;
using System.Text.RegularExpressions;
using ItInventory.Core.Domain;
using ItInventory.Core.Validation;
using ItInventory.Web.Features.Import.Parsing;

namespace ItInventory.Web.Features.Import;

/// <summary>ImportPlanner, part: the lookups as dictionaries, plus what the rows will create.</summary>
public sealed partial class ImportPlanner
{
    /// <summary>The lookups as dictionaries, plus the vendors, departments and categories the rows will create.</summary>
    private sealed class PlanState
    {
        private readonly Dictionary<string, VendorRef> _vendors = new(StringComparer.Ordinal);
        private readonly Dictionary<string, VendorRef> _existingVendors = new(StringComparer.Ordinal);
        private readonly Dictionary<string, DepartmentRef> _departmentsByNumber = new(StringComparer.Ordinal);
        private readonly Dictionary<string, DepartmentRef?> _departmentsByName = new(StringComparer.Ordinal);
        private readonly Dictionary<int, DepartmentRef> _departmentsById = [];
        private readonly Dictionary<string, CategoryRef> _categories = new(StringComparer.Ordinal);
        private readonly Dictionary<(string Name, int VendorId), ImportLookups.ProductInfo> _products = [];
        private readonly Dictionary<int, VendorKind> _vendorKinds = [];

        public PlanState(ImportLookups lookups, ImportOptions options)
        {
            foreach (var vendor in lookups.Vendors)
            {
                var reference = new VendorRef(vendor.Id, vendor.Name, vendor.Kind);
                _vendors[TextNormalizer.NameKey(vendor.Name)] = reference;
                _existingVendors[TextNormalizer.NameKey(vendor.Name)] = reference;
                _vendorKinds[vendor.Id] = vendor.Kind;
            }

            foreach (var department in lookups.Departments)
            {
                var reference = new DepartmentRef(department.Id, department.Number, department.Name);
                _departmentsById[department.Id] = reference;
                _departmentsByNumber[department.Number.Trim()] = reference;
                _departmentsByNumber.TryAdd(department.Number.Trim().TrimStart('0'), reference);
                var nameKey = TextNormalizer.Compact(department.Name);
                // Two departments with the same name cannot be told apart by name; such a row needs the number.
                _departmentsByName[nameKey] = _departmentsByName.ContainsKey(nameKey) ? null : reference;
                _departmentsByName.TryAdd(TextNormalizer.Compact(department.DisplayName()), reference);
            }

            foreach (var category in lookups.Categories)
            {
                var reference = new CategoryRef(category.Id, category.Code, category.Name);
                _categories.TryAdd("code:" + TextNormalizer.NameKey(category.Code), reference);
                _categories.TryAdd("name:" + TextNormalizer.Compact(category.Name), reference);
            }

            foreach (var product in lookups.Products)
            {
                _products.TryAdd((TextNormalizer.NameKey(product.Name), product.VendorId), product);
                ProductByInventoryNumber.TryAdd(product.InventoryNumber.ToUpperInvariant(), product);
            }

            var fallback = options.DefaultCategory.Trim();
            DefaultCategory = Category(fallback)
                ?? new CategoryRef(null, DefaultCategoryCode(fallback), fallback.Length == 0 ? "Sonstige" : fallback);
        }

        public CategoryRef DefaultCategory { get; }
        public Dictionary<string, ImportLookups.ProductInfo> ProductByInventoryNumber { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, int> RowOfInventoryNumber { get; } = new(StringComparer.Ordinal);
        public Dictionary<(string Name, string Vendor), int> RowOfProduct { get; } = [];

        public VendorRef Vendor(string name)
        {
            var key = TextNormalizer.NameKey(name);
            if (!_vendors.TryGetValue(key, out var vendor))
            {
                var normalized = TextNormalizer.Compact(name);
                var kind = normalized.Contains("rechenzentrum", StringComparison.Ordinal) || normalized.Contains("zweckverband", StringComparison.Ordinal)
                    ? VendorKind.MunicipalDataCentre
                    : VendorKind.PrivateVendor;
                _vendors[key] = vendor = new VendorRef(null, string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), kind);
            }

            return vendor;
        }

        public VendorRef? ExistingVendor(string name) => _existingVendors.GetValueOrDefault(TextNormalizer.NameKey(name));

        public DepartmentRef? DepartmentByNumber(string number) =>
            _departmentsByNumber.GetValueOrDefault(number.Trim()) ?? _departmentsByNumber.GetValueOrDefault(number.Trim().TrimStart('0'));

        public DepartmentRef? DepartmentByName(string name)
        {
            var key = TextNormalizer.Compact(name);
            if (_departmentsByName.TryGetValue(key, out var exact))
            {
                return exact;
            }

            // "Bürgeramt" for "Bürgeramt (Einwohner- und Meldewesen)": accepted when exactly one department starts so.
            var candidates = _departmentsById.Values.Where(d => TextNormalizer.Compact(d.Name).StartsWith(key, StringComparison.Ordinal)).Take(2).ToList();
            return candidates.Count == 1 ? candidates[0] : null;
        }

        public string DepartmentName(int id) => _departmentsById.TryGetValue(id, out var department) ? department.DisplayName : $"#{id}";

        public DepartmentRef NewDepartment(string number, string name)
        {
            var reference = new DepartmentRef(null, number, name);
            _departmentsByNumber[number] = reference;
            _departmentsByName.TryAdd(TextNormalizer.Compact(name), reference);
            return reference;
        }

        public CategoryRef? Category(string text) =>
            _categories.GetValueOrDefault("code:" + TextNormalizer.NameKey(text)) ?? _categories.GetValueOrDefault("name:" + TextNormalizer.Compact(text));

        public ImportLookups.ProductInfo? ExistingProduct(string name, int vendorId) => _products.GetValueOrDefault((TextNormalizer.NameKey(name), vendorId));

        private static string DefaultCategoryCode(string name)
        {
            var code = TextNormalizer.Compact(name).ToUpperInvariant();
            return code.Length == 0 ? "SONSTIGE" : code[..Math.Min(code.Length, 30)];
        }
    }
}
