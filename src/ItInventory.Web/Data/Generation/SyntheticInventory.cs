using ItInventory.Core.Domain;
using ItInventory.Web.Data.Seeding;

namespace ItInventory.Web.Data.Generation;

/// <summary>
/// The invented records of the large instance, with realistic shapes: Zipf-distributed vendors, lognormal costs, yearly
/// increases with occasional jumps, the contract terms the domain brief lists. Keys are given (from the first id on),
/// so rows can be written in bulk and refer to each other before anything is saved.
/// </summary>
internal static class SyntheticInventory
{
    private static readonly string[] NameStems = ["Kommun", "Verwalt", "Bürger", "Civi", "Regio", "Amts", "Stadt", "Info", "Akten", "Dat", "Rats", "Geo", "Fin", "Sozial", "Melde", "Bau", "Kassen", "Termin", "Doku", "Netz"];
    private static readonly string[] NameEndings = ["soft", "tec", "data", "systems", "logic", "ware", "net", "form", "plan", "werk", "line", "com"];
    private static readonly string[] LegalForms = ["GmbH", "AG", "GmbH & Co. KG", "SE", "eG"];
    private static readonly string[] Cities = ["Berlin", "Hamburg", "München", "Köln", "Frankfurt am Main", "Stuttgart", "Düsseldorf", "Leipzig", "Dortmund", "Bremen", "Hannover", "Nürnberg", "Dresden", "Münster", "Kiel", "Magdeburg", "Erfurt", "Mainz", "Saarbrücken", "Potsdam"];
    private static readonly string[] ExternalSystems = ["Bundesagentur für Arbeit", "Kraftfahrt-Bundesamt", "Bundeszentralregister", "Statistisches Landesamt", "Finanzamt", "Deutsche Rentenversicherung", "Landesamt für Vermessung"];

    public static List<Vendor> MakeVendors(SyntheticRandom random, int count, int firstId)
    {
        var vendors = new List<Vendor>(count);
        for (var id = firstId; id < firstId + count; id++)
        {
            var kind = random.Pick((VendorKind.PrivateVendor, 90.0), (VendorKind.MunicipalDataCentre, 6.0), (VendorKind.PublicBody, 4.0));
            var city = random.Pick(Cities);
            var stem = $"{random.Pick(NameStems)}{random.Pick(NameEndings)}";
            vendors.Add(new Vendor
            {
                Id = id,
                Version = random.NextGuid(),
                Kind = kind,
                // The running number keeps names unique at any size, as the unique index demands.
                Name = kind switch
                {
                    VendorKind.MunicipalDataCentre => $"Kommunales Rechenzentrum {city} {id:00000}",
                    VendorKind.PublicBody => $"Zweckverband {stem} {city} {id:00000}",
                    _ => $"{char.ToUpperInvariant(stem[0])}{stem[1..]} {id:00000} {random.Pick(LegalForms)}",
                },
                Country = kind == VendorKind.PrivateVendor ? random.Pick(("DE", 88.0), ("AT", 4.0), ("NL", 2.0), ("IE", 2.0), ("US", 3.0), ("CH", 1.0)) : "DE",
                City = city,
                ContactName = random.Chance(0.7) ? $"Vertrieb Kommunen {id}" : null,
                ContactEmail = random.Chance(0.7) ? $"vertrieb{id}@anbieter{id}.example" : null,
                Website = random.Chance(0.6) ? $"https://anbieter{id}.example" : null,
            });
        }

        return vendors;
    }

    public static List<Product> MakeProducts(SyntheticRandom random, int count, int firstId, ref int supportId, List<Vendor> vendors, SampleCity reference, List<Department> departments, int firstYear)
    {
        var zipf = new ZipfDistribution(vendors.Count, 1.07);
        var dataCentres = vendors.Where(v => v.Kind == VendorKind.MunicipalDataCentre).ToList();
        var products = new List<Product>(count);
        for (var id = firstId; id < firstId + count; id++)
        {
            var vendor = vendors[zipf.Sample(random)];
            var category = random.Pick(reference.Categories);
            var owner = random.Pick(departments);
            var operatorKind = vendor.Kind == VendorKind.MunicipalDataCentre
                ? OperatorKind.MunicipalDataCentre
                : random.Pick((OperatorKind.InHouse, 50.0), (OperatorKind.MunicipalDataCentre, 30.0), (OperatorKind.VendorSaaS, 20.0));
            var operatorVendor = operatorKind switch
            {
                OperatorKind.VendorSaaS => vendor,
                OperatorKind.MunicipalDataCentre when vendor.Kind == VendorKind.MunicipalDataCentre => vendor,
                OperatorKind.MunicipalDataCentre when dataCentres.Count > 0 => random.Pick(dataCentres),
                _ => null,
            };
            var alternatives = random.Pick((0, 10.0), (1, 20.0), (2, 25.0), (3, 20.0), (5, 15.0), (8, 10.0));
            var product = new Product
            {
                Id = id,
                Version = random.NextGuid(),
                InventoryNumber = $"FV-{id:000000}",
                Name = $"{vendor.Name.Split(' ')[0]} {category.Name} {id:000000}",
                Description = random.Chance(0.5) ? $"{category.Name} für {owner.Name}" : null,
                CategoryId = category.Id,
                OwnerDepartmentId = owner.Id,
                VendorId = vendor.Id,
                Operator = operatorKind,
                OperatorVendorId = operatorVendor?.Id,
                Lifecycle = random.Pick((LifecycleStatus.Active, 75.0), (LifecycleStatus.PhaseOut, 8.0), (LifecycleStatus.Introduction, 5.0), (LifecycleStatus.Planned, 5.0), (LifecycleStatus.Retired, 7.0)),
                UserCount = random.Chance(0.85) ? (int)Math.Clamp(random.LogNormal(25, 1.2), 1, 5000) : null,
                LicenceMetric = random.Pick((LicenceMetric.NamedUser, 35.0), (LicenceMetric.ConcurrentUser, 15.0), (LicenceMetric.Workstation, 15.0), (LicenceMetric.Inhabitants, 15.0), (LicenceMetric.FlatRate, 12.0), (LicenceMetric.Server, 5.0), (LicenceMetric.Cases, 3.0)),
                Criticality = random.Pick((Criticality.Low, 20.0), (Criticality.Medium, 45.0), (Criticality.High, 25.0), (Criticality.Critical, 10.0)),
                InServiceSince = firstYear - 8 + random.Next(0, 12),
                ProprietaryDataFormat = random.Chance(0.45),
                HasDocumentedApi = random.Chance(0.4),
                HasOpenDataExport = random.Chance(0.55),
                ExportCostsExtra = random.Chance(0.2),
                AlternativeProducts = alternatives,
                EstimatedMigrationCost = random.Chance(0.6) ? decimal.Round(random.LogNormal(60_000, 1.0), 2) : null,
                HasSourceCodeEscrow = random.Chance(0.1),
                HostedOnlyByVendor = operatorKind == OperatorKind.VendorSaaS && random.Chance(0.6),
                BundledWithVendorSuite = random.Chance(0.25),
                VendorForcedUpgrades = random.Chance(0.3),
                EndOfLifeAnnounced = random.Chance(0.05),
                KnowHowOnlyAtVendor = random.Chance(0.3),
            };
            product.LicenceCount = product.UserCount is { } users && random.Chance(0.8) ? users + random.Next(0, 10) : null;
            product.UsingDepartments = Shares(random, product, departments);
            foreach (var requirement in category.Requirements)
            {
                product.StandardSupport.Add(new ProductStandardSupport
                {
                    Id = supportId++,
                    Version = random.NextGuid(),
                    ProductId = id,
                    StandardId = requirement.Standard!.Id,
                    Status = random.Pick((SupportStatus.Supported, 50.0), (SupportStatus.Partial, 20.0), (SupportStatus.Planned, 10.0), (SupportStatus.NotSupported, 20.0)),
                    StandardVersion = random.Chance(0.5) ? $"{random.Next(1, 4)}.{random.Next(0, 10)}" : null,
                    Verification = random.Pick((Verification.VendorStatement, 70.0), (Verification.Tested, 20.0), (Verification.Certified, 10.0)),
                });
            }

            products.Add(product);
        }

        return products;
    }

    /// <summary>Most products belong to one department; shared ones split their cost, always adding up to 100 %.</summary>
    private static List<ProductDepartment> Shares(SyntheticRandom random, Product product, List<Department> departments)
    {
        var users = new List<int> { product.OwnerDepartmentId };
        var extra = random.Pick((0, 70.0), (1, 20.0), (2, 10.0));
        while (users.Count < 1 + extra)
        {
            var other = random.Pick(departments).Id;
            if (!users.Contains(other)) users.Add(other);
        }

        var shares = users.Count switch { 1 => new[] { 100m }, 2 => new[] { 70m, 30m }, _ => new[] { 50m, 30m, 20m } };
        return users.Select((department, i) => new ProductDepartment { ProductId = product.Id, DepartmentId = department, CostSharePercent = shares[i] }).ToList();
    }

    /// <summary>One contract per one to three products of the same vendor, with the term shapes the domain brief lists.</summary>
    public static List<Contract> MakeContracts(SyntheticRandom random, List<Product> products, List<Vendor> vendors, int firstId, int firstYear, int currentYear)
    {
        var contracts = new List<Contract>();
        var vendorById = vendors.ToDictionary(v => v.Id);
        foreach (var group in products.Where(p => p.Lifecycle != LifecycleStatus.Planned).GroupBy(p => p.VendorId).OrderBy(g => g.Key))
        {
            var vendor = vendorById[group.Key];
            var queue = new Queue<Product>(group.Where(_ => random.Chance(0.85)));
            while (queue.Count > 0)
            {
                var covered = Enumerable.Range(0, Math.Min(queue.Count, random.Pick((1, 70.0), (2, 20.0), (3, 10.0)))).Select(_ => queue.Dequeue()).ToList();
                var id = firstId + contracts.Count;
                var start = random.DateIn(random.Next(firstYear - 6, currentYear + 1));
                var termKind = vendor.Kind == VendorKind.MunicipalDataCentre
                    ? ContractTermKind.OpenEnded
                    : random.Pick((ContractTermKind.Renewing, 55.0), (ContractTermKind.FixedEnd, 15.0), (ContractTermKind.OpenEnded, 30.0));
                var minimumTerm = random.Pick((0, 10.0), (12, 30.0), (24, 20.0), (36, 25.0), (48, 5.0), (60, 10.0));
                var adjustment = random.Pick((PriceAdjustmentKind.None, 25.0), (PriceAdjustmentKind.FixedPercent, 25.0), (PriceAdjustmentKind.IndexLinked, 35.0), (PriceAdjustmentKind.Unilateral, 15.0));
                contracts.Add(new Contract
                {
                    Id = id,
                    Version = random.NextGuid(),
                    ContractNumber = $"V-{start.Year}-{id:000000}",
                    Title = covered.Count == 1 ? $"Pflege {covered[0].Name}" : $"Rahmenvertrag {vendor.Name} ({covered.Count} Verfahren)",
                    VendorId = vendor.Id,
                    EvbItType = vendor.Kind == VendorKind.MunicipalDataCentre
                        ? EvbItType.PublicLawAgreement
                        : random.Pick((EvbItType.PflegeS, 40.0), (EvbItType.UeberlassungB, 15.0), (EvbItType.Cloud, 15.0), (EvbItType.Service, 15.0), (EvbItType.UeberlassungA, 5.0), (EvbItType.System, 5.0), (EvbItType.Dienstleistung, 5.0)),
                    Start = start,
                    TermKind = termKind,
                    MinimumTermMonths = termKind == ContractTermKind.FixedEnd ? Math.Max(12, minimumTerm) : minimumTerm,
                    FixedEnd = termKind == ContractTermKind.FixedEnd ? start.AddMonths(Math.Max(12, minimumTerm)).AddDays(-1) : null,
                    RenewalPeriodMonths = termKind == ContractTermKind.Renewing ? random.Pick((12, 80.0), (24, 15.0), (6, 5.0)) : null,
                    TacitRenewal = termKind == ContractTermKind.Renewing && random.Chance(0.8),
                    NoticePeriodMonths = random.Pick((1, 5.0), (3, 55.0), (6, 30.0), (12, 10.0)),
                    NoticeReference = termKind == ContractTermKind.OpenEnded
                        ? random.Pick((NoticeReference.EndOfYear, 50.0), (NoticeReference.EndOfQuarter, 35.0), (NoticeReference.EndOfMonth, 15.0))
                        : NoticeReference.EndOfTerm,
                    EndedOn = random.Chance(0.05) ? start.AddMonths(random.Next(12, 48)) is var ended && ended.Year <= currentYear ? ended : null : null,
                    PriceAdjustment = adjustment,
                    PriceAdjustmentPercent = adjustment == PriceAdjustmentKind.FixedPercent ? random.Pick((2m, 40.0), (2.5m, 20.0), (3m, 30.0), (4m, 10.0)) : null,
                    ExitSupport = random.Chance(0.35),
                    DataReturnClause = random.Chance(0.5),
                    SourceCodeEscrow = random.Chance(0.1),
                    Products = covered,
                });
            }
        }

        return contracts;
    }

    public static List<DataInterface> MakeInterfaces(SyntheticRandom random, List<Product> products, SampleCity reference, int firstId)
    {
        var interfaces = new List<DataInterface>();
        var count = products.Count * 2 / 5;
        for (var id = firstId; id < firstId + count; id++)
        {
            var source = random.Pick(products);
            var toExternal = random.Chance(0.3) || products.Count == 1;
            var target = toExternal ? null : random.Pick(products);
            if (target == source) target = null;
            interfaces.Add(new DataInterface
            {
                Id = id,
                Version = random.NextGuid(),
                SourceProductId = source.Id,
                TargetProductId = target?.Id,
                ExternalSystem = target is null ? random.Pick(ExternalSystems) : null,
                StandardId = random.Chance(0.6) ? random.Pick(reference.Standards).Id : null,
                Description = random.Chance(0.5) ? "Datenübermittlung" : null,
            });
        }

        return interfaces;
    }
}
