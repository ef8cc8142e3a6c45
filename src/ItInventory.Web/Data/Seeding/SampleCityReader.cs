using ItInventory.Core.Domain;
using ItInventory.Core.Validation;

namespace ItInventory.Web.Data.Seeding;

/// <summary>
/// Reads the sample city from its CSV files into an unsaved object graph. Every file is read and every reference
/// checked before anything touches the database, so a bad file cannot leave a half-filled inventory behind.
/// </summary>
internal sealed class SampleCityReader(string folder)
{
    /// <param name="existing">The installation's reference data when it holds it already (a further tenant); otherwise it is read from the folder too.</param>
    public SampleCity Read(ReferenceData? existing = null)
    {
        var reference = existing ?? ReferenceData.Read(folder);
        var departments = CsvTable.Load(folder, "departments.csv", "Number", "Name").Keyed("Number",
            row => new Department { Number = row.Required("Number"), Name = row.Required("Name") });

        var vendors = CsvTable.Load(folder, "vendors.csv", "Name", "Kind", "Country").Keyed("Name",
            row => new Vendor
            {
                Name = row.Required("Name"),
                Kind = row.Enum<VendorKind>("Kind"),
                Country = CountryCode(row),
                City = row.Optional("City"),
                ContactName = row.Optional("ContactName"),
                ContactEmail = row.Optional("ContactEmail"),
                ContactPhone = row.Optional("ContactPhone"),
                Website = row.Optional("Website"),
            });

        var products = CsvTable.Load(folder, "products.csv", "InventoryNumber", "Name", "Category", "OwnerDepartment", "Vendor", "Operator", "Lifecycle").Keyed("InventoryNumber",
            row => ReadProduct(row, reference.Categories, departments, vendors));

        ReadProductDepartments(departments, products);
        ReadProductStandards(reference.Standards, products);
        var contracts = ReadContracts(vendors, products);
        ContractDataActSeed.Read(folder, contracts);
        var interfaces = ReadInterfaces(reference.Standards, products);
        var costLines = ReadCostLines(products, contracts);

        // Reference data that came from the database is there already: only what was read is new.
        var isNew = existing is null;
        return new SampleCity(
            departments.Values.ToList(), isNew ? reference.PriceIndex.ToList() : [], isNew ? reference.Standards.Values.ToList() : [],
            isNew ? reference.Categories.Values.ToList() : [], vendors.Values.ToList(), products.Values.ToList(), contracts.Values.ToList(), interfaces, costLines);
    }

    private static string CountryCode(CsvRow row)
    {
        var code = row.Required("Country");
        return code.Length == 2 && code.All(char.IsAsciiLetterUpper)
            ? code
            : throw row.Error($"„{code}“ in Spalte „Country“ ist kein Ländercode nach ISO 3166 (zwei Großbuchstaben, z. B. DE).");
    }

    private static Product ReadProduct(CsvRow row, IReadOnlyDictionary<string, ProductCategory> categories,
        Dictionary<string, Department> departments, Dictionary<string, Vendor> vendors)
    {
        var product = new Product
        {
            InventoryNumber = row.Required("InventoryNumber"),
            Name = row.Required("Name"),
            Category = row.Lookup("Category", categories, "Die Kategorie"),
            Description = row.Optional("Description"),
            OwnerDepartment = row.Lookup("OwnerDepartment", departments, "Das Amt"),
            Vendor = row.Lookup("Vendor", vendors, "Der Anbieter"),
            Operator = row.Enum<OperatorKind>("Operator"),
            OperatorVendor = row.OptionalLookup("OperatorVendor", vendors, "Der Betreiber"),
            Lifecycle = row.Enum<LifecycleStatus>("Lifecycle"),
            UserCount = NonNegative(row, "UserCount"),
            LicenceCount = NonNegative(row, "LicenceCount"),
            LicenceMetric = row.Enum<LicenceMetric>("LicenceMetric"),
            Criticality = row.Enum<Criticality>("Criticality"),
            InServiceSince = row.OptionalInt("InServiceSince"),
            ProprietaryDataFormat = row.Bool("ProprietaryDataFormat"),
            HasDocumentedApi = row.Bool("HasDocumentedApi"),
            HasOpenDataExport = row.Bool("HasOpenDataExport"),
            ExportCostsExtra = row.Bool("ExportCostsExtra"),
            AlternativeProducts = NonNegative(row, "AlternativeProducts") ?? 0,
            EstimatedMigrationCost = Amount(row, "EstimatedMigrationCost"),
            HasSourceCodeEscrow = row.Bool("HasSourceCodeEscrow"),
            HostedOnlyByVendor = row.Bool("HostedOnlyByVendor"),
            BundledWithVendorSuite = row.Bool("BundledWithVendorSuite"),
            VendorForcedUpgrades = row.Bool("VendorForcedUpgrades"),
            EndOfLifeAnnounced = row.Bool("EndOfLifeAnnounced"),
            KnowHowOnlyAtVendor = row.Bool("KnowHowOnlyAtVendor"),
            Notes = row.Optional("Notes"),
        };
        if (product.Operator != OperatorKind.InHouse && product.OperatorVendor is null)
        {
            throw row.Error("Für ein nicht selbst betriebenes Produkt muss „OperatorVendor“ den Betreiber nennen.");
        }

        return product;
    }

    private static int? NonNegative(CsvRow row, string column) => Kept(row, row.OptionalInt(column), CountRules.Problem(row.OptionalInt(column), $"„{column}“"));

    private static decimal? Amount(CsvRow row, string column) => Kept(row, row.OptionalDecimal(column), AmountRules.Problem(row.OptionalDecimal(column), $"„{column}“"));

    private static DateOnly? Date(CsvRow row, string column) => Kept(row, row.OptionalDate(column), DateRules.Problem(row.OptionalDate(column), $"„{column}“"));

    /// <summary>The same rules as the forms, the API and the import (ItInventory.Core.Validation): a seed file gets nothing past them.</summary>
    private static T Kept<T>(CsvRow row, T value, string? problem) => problem is null ? value : throw row.Error(problem);

    private void ReadProductDepartments(Dictionary<string, Department> departments, Dictionary<string, Product> products)
    {
        var table = CsvTable.Load(folder, "product-departments.csv", "Product", "Department", "CostSharePercent");
        var lastRowOf = new Dictionary<Product, CsvRow>();
        foreach (var row in table.Rows)
        {
            var product = row.Lookup("Product", products, "Das Produkt");
            var department = row.Lookup("Department", departments, "Das Amt");
            var share = row.Decimal("CostSharePercent");
            if (share is <= 0 or > 100)
            {
                throw row.Error($"Der Kostenanteil {share} liegt nicht zwischen 0 und 100 Prozent.");
            }

            if (product.UsingDepartments.Any(d => d.Department == department))
            {
                throw row.Error($"Das Amt {department.Number} ist dem Produkt {product.InventoryNumber} bereits zugeordnet.");
            }

            product.UsingDepartments.Add(new ProductDepartment { Product = product, Department = department, CostSharePercent = share });
            lastRowOf[product] = row;
        }

        foreach (var product in products.Values)
        {
            var total = product.UsingDepartments.Sum(d => d.CostSharePercent);
            if (product.UsingDepartments.Count > 0 && total != 100m)
            {
                throw lastRowOf[product].Error($"Die Kostenanteile des Produkts {product.InventoryNumber} ergeben {total} % statt 100 %.");
            }
        }
    }

    private void ReadProductStandards(IReadOnlyDictionary<string, Standard> standards, Dictionary<string, Product> products)
    {
        foreach (var row in CsvTable.Load(folder, "product-standards.csv", "Product", "Standard", "Status").Rows)
        {
            var product = row.Lookup("Product", products, "Das Produkt");
            var standard = row.Lookup("Standard", standards, "Der Standard");
            if (product.StandardSupport.Any(s => s.Standard == standard))
            {
                throw row.Error($"Der Standard „{standard.Code}“ ist für {product.InventoryNumber} bereits erfasst.");
            }

            product.StandardSupport.Add(new ProductStandardSupport
            {
                Product = product,
                Standard = standard,
                Status = row.Enum<SupportStatus>("Status"),
                StandardVersion = row.Optional("Version"),
                Verification = row.Optional("Verification") is null ? Verification.VendorStatement : row.Enum<Verification>("Verification"),
                Note = row.Optional("Note"),
            });
        }
    }

    private Dictionary<string, Contract> ReadContracts(Dictionary<string, Vendor> vendors, Dictionary<string, Product> products)
    {
        var table = CsvTable.Load(folder, "contracts.csv", "ContractNumber", "Title", "Vendor", "EvbItType", "Products", "Start", "TermKind", "NoticePeriodMonths", "NoticeReference", "PriceAdjustment");
        return table.Keyed("ContractNumber", row =>
        {
            var contract = new Contract
            {
                ContractNumber = row.Required("ContractNumber"),
                Title = row.Required("Title"),
                Vendor = row.Lookup("Vendor", vendors, "Der Anbieter"),
                EvbItType = row.Enum<EvbItType>("EvbItType"),
                Start = Date(row, "Start") ?? row.Date("Start"),
                TermKind = row.Enum<ContractTermKind>("TermKind"),
                MinimumTermMonths = NonNegative(row, "MinimumTermMonths") ?? 0,
                FixedEnd = Date(row, "FixedEnd"),
                RenewalPeriodMonths = NonNegative(row, "RenewalPeriodMonths"),
                TacitRenewal = row.Bool("TacitRenewal"),
                NoticePeriodMonths = NonNegative(row, "NoticePeriodMonths") ?? 0,
                NoticeReference = row.Enum<NoticeReference>("NoticeReference"),
                EndedOn = Date(row, "EndedOn"),
                PriceAdjustment = row.Enum<PriceAdjustmentKind>("PriceAdjustment"),
                PriceAdjustmentPercent = row.OptionalDecimal("PriceAdjustmentPercent"),
                ExitSupport = row.Bool("ExitSupport"),
                DataReturnClause = row.Bool("DataReturnClause"),
                SourceCodeEscrow = row.Bool("SourceCodeEscrow"),
                AnnualValue = Amount(row, "AnnualValue"),
                Notes = row.Optional("Notes"),
            };
            if (contract.TermKind == ContractTermKind.FixedEnd && contract.FixedEnd is null && contract.MinimumTermMonths == 0)
            {
                throw row.Error("Ein Vertrag mit festem Ende braucht „FixedEnd“ oder eine Mindestlaufzeit.");
            }

            if (contract.TermKind == ContractTermKind.Renewing && contract.RenewalPeriodMonths is null or 0)
            {
                throw row.Error("Ein sich verlängernder Vertrag braucht „RenewalPeriodMonths“.");
            }

            foreach (var key in row.Required("Products").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!products.TryGetValue(key, out var product))
                {
                    throw row.Error($"Das Produkt „{key}“ aus Spalte „Products“ ist unbekannt.");
                }

                contract.Products.Add(product);
            }

            return contract;
        });
    }

    private List<DataInterface> ReadInterfaces(IReadOnlyDictionary<string, Standard> standards, Dictionary<string, Product> products)
    {
        var result = new List<DataInterface>();
        foreach (var row in CsvTable.Load(folder, "interfaces.csv", "SourceProduct", "TargetProduct", "ExternalSystem", "Standard").Rows)
        {
            var item = new DataInterface
            {
                SourceProduct = row.Lookup("SourceProduct", products, "Das Produkt"),
                TargetProduct = row.OptionalLookup("TargetProduct", products, "Das Produkt"),
                ExternalSystem = row.Optional("ExternalSystem"),
                Standard = row.OptionalLookup("Standard", standards, "Der Standard"),
                Description = row.Optional("Description"),
            };
            if (item.TargetProduct is null == item.ExternalSystem is null)
            {
                throw row.Error("Eine Schnittstelle führt entweder zu einem Produkt („TargetProduct“) oder zu einem externen System („ExternalSystem“).");
            }

            result.Add(item);
        }

        return result;
    }

    private List<CostLine> ReadCostLines(Dictionary<string, Product> products, Dictionary<string, Contract> contracts)
    {
        var result = new List<CostLine>();
        foreach (var row in CsvTable.Load(folder, "cost-lines.csv", "Product", "FiscalYear", "CostType", "Kind", "Amount").Rows)
        {
            var line = new CostLine
            {
                Product = row.Lookup("Product", products, "Das Produkt"),
                Contract = row.OptionalLookup("Contract", contracts, "Der Vertrag"),
                FiscalYear = row.Int("FiscalYear"),
                CostType = row.Enum<CostType>("CostType"),
                Kind = row.Enum<CostKind>("Kind"),
                Amount = Amount(row, "Amount") ?? row.Decimal("Amount"),
                Quantity = NonNegative(row, "Quantity"),
                InvoiceReference = row.Optional("InvoiceReference"),
                Note = row.Optional("Note"),
            };
            if (line.FiscalYear is < 1990 or > 2100)
            {
                throw row.Error($"Das Haushaltsjahr {line.FiscalYear} liegt außerhalb von 1990 bis 2100.");
            }

            result.Add(line);
        }

        return result;
    }
}

internal sealed record SampleCity(
    List<Department> Departments,
    List<PriceIndexValue> PriceIndex,
    List<Standard> Standards,
    List<ProductCategory> Categories,
    List<Vendor> Vendors,
    List<Product> Products,
    List<Contract> Contracts,
    List<DataInterface> Interfaces,
    List<CostLine> CostLines);
