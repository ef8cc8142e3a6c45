using ItInventory.Web.Data.Auditing;
using System.Diagnostics;
using ItInventory.Core.Domain;
using ItInventory.Web.Data.Seeding;
using ItInventory.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Data.Generation;

/// <summary>What to generate: <paramref name="Products"/> products with costs over <paramref name="Years"/> fiscal years.</summary>
public sealed record LargeInstanceSettings(int Products, int Years, int Seed)
{
    public void Validate()
    {
        var errors = new List<string>();
        if (Products is < 1 or > 1_000_000) errors.Add("--products muss zwischen 1 und 1.000.000 liegen.");
        if (Years is < 2 or > 30) errors.Add("--years muss zwischen 2 und 30 liegen.");
        if (errors.Count > 0) throw new ArgumentException(string.Join(" ", errors));
    }
}

public sealed record LargeInstanceSummary(int Products, int Vendors, int Contracts, long CostLines, int Interfaces, TimeSpan Elapsed);

/// <summary>
/// Fills an empty database with a synthetic large inventory (a county data centre's many cities), deterministic for a
/// seed: the real reference data of the sample city (departments, standards, categories, price index) and invented
/// vendors, products, contracts, interfaces and cost lines with realistic shapes (Zipf-distributed vendors, lognormal
/// costs, yearly increases with occasional jumps). Everything is written in one transaction, bypassing change tracking
/// and the per-row audit trail; one audit entry records the generation.
/// </summary>
public sealed class LargeInstanceGenerator(IDbContextFactory<InventoryDbContext> contextFactory, InventoryClock clock)
{
    public async Task<LargeInstanceSummary> GenerateAsync(LargeInstanceSettings settings, string seedFolder, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        settings.Validate();
        var stopwatch = Stopwatch.StartNew();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.SuppressAudit = true;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        if (await db.Products.AnyAsync(cancellationToken) || await db.Departments.AnyAsync(cancellationToken))
        {
            throw new InvalidOperationException("Die Datenbank enthält bereits ein Inventar. Der Generator füllt nur eine leere Datenbank: "
                + "--connection mit einer neuen Datenbank angeben oder die Anwendung mit Inventory__LoadSampleCity=false starten.");
        }

        var reference = new SampleCityReader(seedFolder).Read();
        var random = new SyntheticRandom(settings.Seed);
        var lastYear = clock.CurrentYear + 1;
        var firstYear = lastYear - settings.Years + 1;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.AddRange(reference.Departments);
        db.AddRange(reference.PriceIndex);
        db.AddRange(reference.Standards);
        db.AddRange(reference.Categories);
        await db.SaveChangesAsync(cancellationToken);
        progress?.Report($"{stopwatch.Elapsed.TotalSeconds,6:0.0} s  Stammdaten: {reference.Departments.Count} Ämter, {reference.Categories.Count} Kategorien, {reference.Standards.Count} Standards.");

        var vendors = MakeVendors(random, Math.Max(20, settings.Products / 10));
        await WriteAsync(db, vendors, cancellationToken);
        progress?.Report($"{stopwatch.Elapsed.TotalSeconds,6:0.0} s  {vendors.Count:N0} Anbieter.");

        var products = MakeProducts(random, settings.Products, vendors, reference, firstYear);
        await WriteAsync(db, products, cancellationToken);
        await WriteAsync(db, products.SelectMany(p => p.UsingDepartments), cancellationToken);
        await WriteAsync(db, products.SelectMany(p => p.StandardSupport), cancellationToken);
        progress?.Report($"{stopwatch.Elapsed.TotalSeconds,6:0.0} s  {products.Count:N0} Produkte.");

        var contracts = MakeContracts(random, products, vendors, firstYear, clock.CurrentYear);
        await WriteAsync(db, contracts, cancellationToken);
        await using (var links = BulkTableWriter<Dictionary<string, object>>.For(db, "ContractProducts"))
        {
            await links.WriteAllAsync(contracts.SelectMany(c => c.Products.Select(p => new Dictionary<string, object> { ["ContractsId"] = c.Id, ["ProductsId"] = p.Id })), cancellationToken);
        }

        progress?.Report($"{stopwatch.Elapsed.TotalSeconds,6:0.0} s  {contracts.Count:N0} Verträge.");

        var interfaces = MakeInterfaces(random, products, reference);
        await WriteAsync(db, interfaces, cancellationToken);

        long costLines;
        await using (var writer = BulkTableWriter<CostLine>.For(db))
        {
            var contractOf = contracts.Where(c => c.EndedOn is null || c.EndedOn.Value.Year >= firstYear)
                .SelectMany(c => c.Products.Select(p => (Product: p.Id, Contract: c.Id)))
                .GroupBy(x => x.Product)
                .ToDictionary(g => g.Key, g => g.First().Contract);
            var nextId = 1;
            foreach (var product in products)
            {
                foreach (var line in MakeCostLines(random, product, contractOf.TryGetValue(product.Id, out var contract) ? contract : null, firstYear, lastYear, clock.CurrentYear))
                {
                    line.Id = nextId++;
                    await writer.WriteAsync(line, cancellationToken);
                }

                if (product.Id % 2000 == 0)
                {
                    progress?.Report($"{stopwatch.Elapsed.TotalSeconds,6:0.0} s  Kostenpositionen: {writer.RowsWritten:N0} ({product.Id:N0} von {products.Count:N0} Produkten) ...");
                }
            }

            await writer.FlushAsync(cancellationToken);
            costLines = writer.RowsWritten;
        }

        progress?.Report($"{stopwatch.Elapsed.TotalSeconds,6:0.0} s  {costLines:N0} Kostenpositionen.");
        await ContinueIdentitiesAsync(db, cancellationToken);

        db.AuditEntries.Add(new AuditEntry
        {
            TimestampUtc = DateTime.UtcNow,
            UserName = db.SystemUserName,
            Action = AuditAction.Import,
            Summary = $"Großinstanz erzeugt (Startwert {settings.Seed}): {products.Count} Produkte, {vendors.Count} Anbieter, {contracts.Count} Verträge, {costLines} Kostenpositionen, {settings.Years} Haushaltsjahre.",
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // Planner statistics and (on PostgreSQL) the visibility map after a bulk load, so the first queries already
        // use the covering indexes instead of waiting for autovacuum.
        await db.Database.ExecuteSqlRawAsync(db.Database.IsSqlite() ? "ANALYZE" : "VACUUM (ANALYZE)", cancellationToken);
        progress?.Report($"{stopwatch.Elapsed.TotalSeconds,6:0.0} s  Statistiken aktualisiert.");
        return new LargeInstanceSummary(products.Count, vendors.Count, contracts.Count, costLines, interfaces.Count, stopwatch.Elapsed);
    }

    private static async Task WriteAsync<T>(InventoryDbContext db, IEnumerable<T> rows, CancellationToken cancellationToken) where T : class
    {
        await using var writer = BulkTableWriter<T>.For(db);
        await writer.WriteAllAsync(rows, cancellationToken);
    }

    /// <summary>Explicit keys bypass PostgreSQL's identity sequences; move them past the written rows. SQLite's AUTOINCREMENT follows by itself.</summary>
    private static async Task ContinueIdentitiesAsync(InventoryDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            return;
        }

        foreach (var statement in ContinueIdentityStatements)
        {
            await db.Database.ExecuteSqlRawAsync(statement, cancellationToken);
        }
    }

    private static readonly string[] ContinueIdentityStatements = new[] { "Vendors", "Products", "ProductStandards", "Contracts", "Interfaces", "CostLines" }
        .Select(table => $"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), COALESCE((SELECT MAX(\"Id\") FROM \"{table}\"), 0) + 1, false)")
        .ToArray();

    private static readonly string[] NameStems = ["Kommun", "Verwalt", "Bürger", "Civi", "Regio", "Amts", "Stadt", "Info", "Akten", "Dat", "Rats", "Geo", "Fin", "Sozial", "Melde", "Bau", "Kassen", "Termin", "Doku", "Netz"];
    private static readonly string[] NameEndings = ["soft", "tec", "data", "systems", "logic", "ware", "net", "form", "plan", "werk", "line", "com"];
    private static readonly string[] LegalForms = ["GmbH", "AG", "GmbH & Co. KG", "SE", "eG"];
    private static readonly string[] Cities = ["Berlin", "Hamburg", "München", "Köln", "Frankfurt am Main", "Stuttgart", "Düsseldorf", "Leipzig", "Dortmund", "Bremen", "Hannover", "Nürnberg", "Dresden", "Münster", "Kiel", "Magdeburg", "Erfurt", "Mainz", "Saarbrücken", "Potsdam"];
    private static readonly string[] ExternalSystems = ["Bundesagentur für Arbeit", "Kraftfahrt-Bundesamt", "Bundeszentralregister", "Statistisches Landesamt", "Finanzamt", "Deutsche Rentenversicherung", "Landesamt für Vermessung"];

    private static List<Vendor> MakeVendors(SyntheticRandom random, int count)
    {
        var vendors = new List<Vendor>(count);
        for (var id = 1; id <= count; id++)
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

    private static List<Product> MakeProducts(SyntheticRandom random, int count, List<Vendor> vendors, SampleCity reference, int firstYear)
    {
        var zipf = new ZipfDistribution(vendors.Count, 1.07);
        var dataCentres = vendors.Where(v => v.Kind == VendorKind.MunicipalDataCentre).ToList();
        var products = new List<Product>(count);
        var supportId = 1;
        for (var id = 1; id <= count; id++)
        {
            var vendor = vendors[zipf.Sample(random)];
            var category = random.Pick(reference.Categories);
            var owner = random.Pick(reference.Departments);
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
            product.UsingDepartments = Shares(random, product, reference.Departments);
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
    private static List<Contract> MakeContracts(SyntheticRandom random, List<Product> products, List<Vendor> vendors, int firstYear, int currentYear)
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
                var id = contracts.Count + 1;
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

    private static List<DataInterface> MakeInterfaces(SyntheticRandom random, List<Product> products, SampleCity reference)
    {
        var interfaces = new List<DataInterface>();
        var count = products.Count * 2 / 5;
        for (var id = 1; id <= count; id++)
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

    /// <summary>
    /// A product's cost history: one recurring main cost by operator (maintenance in-house, data-centre fees, subscription),
    /// sometimes a second one, a licence purchase when it went into service, occasional training and consulting. Plan lines
    /// for every year; actual invoices (annual, quarterly or monthly) for the past years. Prices rise 2-5 % in ordinary
    /// years, with occasional 8-15 % steps and rare 50 % jumps after a licence-model change.
    /// </summary>
    private static IEnumerable<CostLine> MakeCostLines(SyntheticRandom random, Product product, int? contractId, int firstYear, int lastYear, int currentYear)
    {
        if (product.Lifecycle == LifecycleStatus.Planned)
        {
            yield break;
        }

        var main = product.Operator switch
        {
            OperatorKind.MunicipalDataCentre => CostType.Hosting,
            OperatorKind.VendorSaaS => CostType.Subscription,
            _ => CostType.Maintenance,
        };
        var second = random.Pick(((CostType?)null, 55.0), (CostType.Support, 30.0), (main == CostType.Hosting ? CostType.Maintenance : CostType.Hosting, 15.0));
        var mainInvoices = random.Pick((1, 35.0), (4, 45.0), (12, 20.0));
        var secondInvoices = random.Pick((1, 70.0), (4, 30.0));
        var annual = decimal.Round(random.LogNormal(9_000, 1.25), 2);
        var retiredAfter = product.Lifecycle == LifecycleStatus.Retired ? random.Next(firstYear, currentYear) : int.MaxValue;
        var startYear = Math.Max(firstYear, product.InServiceSince ?? firstYear);

        for (var year = startYear; year <= lastYear && year <= retiredAfter; year++)
        {
            var isPast = year < currentYear;
            foreach (var line in Lines(main, annual, mainInvoices)) yield return line;
            if (second is { } secondType)
            {
                foreach (var line in Lines(secondType, decimal.Round(annual * 0.25m, 2), secondInvoices)) yield return line;
            }

            if (year == product.InServiceSince && product.Operator == OperatorKind.InHouse)
            {
                foreach (var line in Lines(CostType.LicencePurchase, decimal.Round(annual * 4.5m, 2), 1)) yield return line;
            }

            if (random.Chance(0.12))
            {
                foreach (var line in Lines(random.Pick((CostType.Training, 50.0), (CostType.Consulting, 40.0), (CostType.Other, 10.0)), decimal.Round(random.LogNormal(2_500, 0.8), 2), 1)) yield return line;
            }

            annual = decimal.Round(annual * random.Pick((1.03m + (decimal)random.NextDouble() * 0.02m, 70.0), (1.0m, 17.0), (1.08m + (decimal)random.NextDouble() * 0.07m, 10.0), (1.5m + (decimal)random.NextDouble() * 0.1m, 3.0)), 2);

            IEnumerable<CostLine> Lines(CostType type, decimal amount, int invoices)
            {
                var recurring = type is CostType.Maintenance or CostType.Hosting or CostType.Subscription;
                yield return new CostLine
                {
                    Version = random.NextGuid(),
                    ProductId = product.Id,
                    ContractId = recurring ? contractId : null,
                    FiscalYear = year,
                    CostType = type,
                    Kind = CostKind.Plan,
                    Amount = amount,
                };
                if (!isPast)
                {
                    yield break;
                }

                // What was paid differs a little from the plan; invoices split the year evenly.
                var paid = amount * (0.92m + (decimal)random.NextDouble() * 0.14m);
                var share = decimal.Round(paid / invoices, 2);
                for (var invoice = 1; invoice <= invoices; invoice++)
                {
                    yield return new CostLine
                    {
                        Version = random.NextGuid(),
                        ProductId = product.Id,
                        ContractId = recurring ? contractId : null,
                        FiscalYear = year,
                        CostType = type,
                        Kind = CostKind.Actual,
                        Amount = share,
                        Quantity = type == CostType.Maintenance && product.LicenceCount is { } licences ? licences : null,
                        InvoiceReference = $"RE-{year}-{product.Id:000000}-{(int)type}{invoice:00}",
                    };
                }
            }
        }
    }
}
