using ItInventory.Core.Domain;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Auditing;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Import;

/// <summary>
/// Writes a validated plan into an open transaction: first the new vendors, departments and categories (through EF,
/// audited), then the rows in batches: new products table by table with <see cref="BulkTableWriter{T}"/> (prepared
/// inserts on SQLite, binary COPY on PostgreSQL) under keys reserved for the batch, changed products through EF with
/// one SaveChanges per batch (audited field by field). The caller commits; any exception leaves the transaction to
/// roll back.
/// </summary>
public sealed class ImportWriter(ImportOptions options, DateOnly today)
{
    private const int TitleMaxLength = 300;
    private const int NotesMaxLength = 4000;

    public async Task WriteAsync(InventoryDbContext db, ImportPlan plan, string userName, DateTime utcNow, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        await CreateReferencedAsync(db, plan, cancellationToken);

        var rows = plan.Rows.Where(r => r.Outcome is RowOutcome.Create or RowOutcome.Update or RowOutcome.Flag).ToList();
        var contractNumbers = new ContractNumbers(await db.Contracts.Select(c => c.ContractNumber).ToListAsync(cancellationToken));
        var batchSize = Math.Max(1, options.SaveBatchSize);
        var written = 0;

        // New products are recorded by one import event below, like the sample city; a row per field of 10,000
        // products would dwarf the inventory. The import report lists every row. They are all written before any
        // change below inserts a contract through EF, so their reserved keys are taken before EF numbers a row.
        var created = rows.Where(r => r.Outcome == RowOutcome.Create).ToList();
        await using (var tables = await NewProductTables.OpenAsync(db, created.Count, created.Count(r => r.WantsContract), cancellationToken))
        {
            foreach (var batch in created.Chunk(batchSize))
            {
                cancellationToken.ThrowIfCancellationRequested();
                await CreateAsync(tables, plan, batch, contractNumbers, cancellationToken);
                written += batch.Length;
                progress?.Report(written * 100 / rows.Count);
            }
        }

        // Changes to existing products are audited field by field, as any other edit.
        foreach (var batch in rows.Where(r => r.Outcome is RowOutcome.Update or RowOutcome.Flag).Chunk(batchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var ids = batch.Select(r => r.ExistingProductId!.Value).ToList();
            var existing = await db.Products.Include(p => p.CostLines).Include(p => p.Contracts).AsSplitQuery()
                .Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
            foreach (var row in batch)
            {
                if (row.Outcome == RowOutcome.Update)
                {
                    Update(db, plan, row, Existing(existing, row), contractNumbers);
                }
                else
                {
                    Flag(plan, row, Existing(existing, row));
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            written += batch.Length;
            progress?.Report(written * 100 / rows.Count);
        }

        db.AuditEntries.Add(new AuditEntry
        {
            TimestampUtc = utcNow,
            UserName = userName,
            Action = AuditAction.Import,
            Summary = Shorten($"Excel-Import „{plan.FileName}“ (Tabelle „{plan.Setup.SheetName}“): {plan.Count(RowOutcome.Create)} Produkte neu, " +
                              $"{plan.Count(RowOutcome.Update)} aktualisiert, {plan.Count(RowOutcome.Flag)} markiert, {plan.Count(RowOutcome.Skip)} übersprungen, " +
                              $"{plan.Count(RowOutcome.Error)} fehlerhafte Zeilen nicht importiert; neu angelegt: {plan.NewVendors.Count} Anbieter, " +
                              $"{plan.NewDepartments.Count} Ämter, {plan.NewCategories.Count} Kategorien.", 500),
        });
        await db.SaveChangesAsync(cancellationToken);
        progress?.Report(100);
    }

    private static Product Existing(Dictionary<int, Product> products, ImportRow row) =>
        products.TryGetValue(row.ExistingProductId!.Value, out var product)
            ? product
            : throw new InvalidOperationException($"Das Produkt zu Zeile {row.RowNumber} wurde während des Imports gelöscht.");

    private static async Task CreateReferencedAsync(InventoryDbContext db, ImportPlan plan, CancellationToken cancellationToken)
    {
        var note = $"Beim Import aus „{plan.FileName}“ angelegt; Angaben bitte prüfen.";
        var vendors = plan.NewVendors.Select(v => (Ref: v, Entity: new Vendor { Name = v.Name, Kind = v.Kind, Country = "DE", Notes = note })).ToList();
        var departments = plan.NewDepartments.Select(d => (Ref: d, Entity: new Department { Number = d.Number, Name = d.Name })).ToList();
        var categories = plan.NewCategories.Select(c => (Ref: c, Entity: new ProductCategory { Code = c.Code, Name = c.Name })).ToList();
        db.AddRange(vendors.Select(v => v.Entity));
        db.AddRange(departments.Select(d => d.Entity));
        db.AddRange(categories.Select(c => c.Entity));
        await db.SaveChangesAsync(cancellationToken);
        vendors.ForEach(v => v.Ref.Id = v.Entity.Id);
        departments.ForEach(d => d.Ref.Id = d.Entity.Id);
        categories.ForEach(c => c.Ref.Id = c.Entity.Id);
        db.ChangeTracker.Clear();
    }

    /// <summary>
    /// A batch of new products with their owner's cost share, cost lines and contracts, one table after the other:
    /// a round trip (or COPY) per table and batch instead of one per row, under keys reserved up front so that the
    /// cost shares and contract links can name their product and contract.
    /// </summary>
    private async Task CreateAsync(NewProductTables tables, ImportPlan plan, IReadOnlyList<ImportRow> rows, ContractNumbers contractNumbers, CancellationToken cancellationToken)
    {        var products = rows.Select(row => NewProduct(row, tables.ProductKeys.Dequeue())).ToList();
        var contracts = rows.Select((row, i) => (Row: row, Product: products[i])).Where(x => x.Row.WantsContract)
            .Select(x => (Contract: NewContract(plan, x.Row, x.Product.VendorId, contractNumbers, tables.ContractKeys.Dequeue()), x.Product))
            .ToList();

        await tables.Products.WriteAllAsync(products, cancellationToken);
        // The owner department carries the whole cost until someone splits it.
        await tables.Shares.WriteAllAsync(products.Select(p => new ProductDepartment { ProductId = p.Id, DepartmentId = p.OwnerDepartmentId, CostSharePercent = 100m }), cancellationToken);
        await tables.CostLines.WriteAllAsync(rows.SelectMany((row, i) => row.Costs.Select(cost =>
        {
            var line = NewCostLine(plan, row, cost);
            line.ProductId = products[i].Id;
            return line;
        })), cancellationToken);
        await tables.Contracts.WriteAllAsync(contracts.Select(c => c.Contract), cancellationToken);
        await tables.ContractLinks.WriteAllAsync(contracts.Select(c => NewProductTables.Link(c.Contract, c.Product)), cancellationToken);
    }

    private static Product NewProduct(ImportRow row, int id) => new()
    {
        Id = id,
        InventoryNumber = row.InventoryNumber!,
        Name = row.ProductName,
        Description = row.Description,
        Notes = row.Notes,
        VendorId = row.Vendor!.Id!.Value,
        OwnerDepartmentId = row.Department!.Id!.Value,
        CategoryId = row.Category!.Id!.Value,
        LicenceCount = row.Licences,
        UserCount = row.Users,
        Operator = row.Operator ?? OperatorKind.InHouse,
        OperatorVendorId = row.OperatorVendorId,
        Lifecycle = row.Lifecycle ?? LifecycleStatus.Active,
    };

    private void Update(InventoryDbContext db, ImportPlan plan, ImportRow row, Product product, ContractNumbers contractNumbers)
    {
        if (row.Description is not null) product.Description = row.Description;
        if (row.Category?.Id is { } categoryId) product.CategoryId = categoryId;
        // Only the owner changes; the cost shares of the using departments are kept as they were agreed.
        if (row.Department?.Id is { } departmentId) product.OwnerDepartmentId = departmentId;

        if (row.Licences is { } licences) product.LicenceCount = licences;
        if (row.Users is { } users) product.UserCount = users;
        if (row.Operator is { } op)
        {
            product.Operator = op;
            product.OperatorVendorId = row.OperatorVendorId ?? (op == OperatorKind.InHouse ? null : product.OperatorVendorId);
        }

        if (row.Lifecycle is { } lifecycle) product.Lifecycle = lifecycle;
        if (row.Notes is { } notes && (product.Notes is null || !product.Notes.Contains(notes, StringComparison.Ordinal)))
        {
            product.Notes = Append(product.Notes, notes);
        }

        foreach (var cost in row.Costs)
        {
            var lines = product.CostLines.Where(c => c.FiscalYear == cost.Year && c.CostType == cost.Type && c.Kind == cost.Kind).ToList();
            if (lines.Count == 0)
            {
                product.CostLines.Add(NewCostLine(plan, row, cost));
            }
            else if (lines.Count == 1)
            {
                lines[0].Amount = cost.Amount;
            }
        }

        if (row.WantsContract && product.Contracts.Count == 0)
        {
            var contract = NewContract(plan, row, product.VendorId, contractNumbers);
            contract.Products.Add(product);
            db.Contracts.Add(contract);
        }
    }

    private void Flag(ImportPlan plan, ImportRow row, Product product)
    {
        var note = $"[Import {Formats.Date(today)}] „{plan.FileName}“, Tabelle „{row.Sheet}“, Zeile {row.RowNumber}: abweichende Angaben – {string.Join("; ", row.Changes)}. Bitte prüfen.";
        product.Notes = Append(product.Notes, note);
    }

    private static CostLine NewCostLine(ImportPlan plan, ImportRow row, ImportedCost cost) => new()
    {
        FiscalYear = cost.Year,
        CostType = cost.Type,
        Kind = cost.Kind,
        Amount = cost.Amount,
        Note = $"Import aus „{Shorten(plan.FileName, 200)}“, Tabelle „{Shorten(row.Sheet, 100)}“, Zeile {row.RowNumber}",
    };

    /// <param name="id">A reserved key for a contract written in bulk; 0 for one EF inserts.</param>
    private Contract NewContract(ImportPlan plan, ImportRow row, int vendorId, ContractNumbers contractNumbers, int id = 0)
    {
        // The sheet says when the contract ends and how to give notice, not when it began; the start is set no
        // later than the first imported cost year and today, so deadline calculations treat it as running.
        var start = today;
        if (row.ContractEnd is { } end && end < start) start = end;
        if (row.Costs.Count > 0)
        {
            var firstYear = new DateOnly(row.Costs.Min(c => c.Year), 1, 1);
            if (firstYear < start) start = firstYear;
        }

        var notice = row.Notice;
        var reference = notice?.Reference ?? NoticeReference.EndOfTerm;
        var termKind = row.ContractEnd is null ? ContractTermKind.OpenEnded : ContractTermKind.FixedEnd;
        var details = new List<string>();
        if (row.ContractEnd is { } contractEnd) details.Add($"Vertragsende {Formats.Date(contractEnd)}");
        if (row.NoticeText is { } noticeText) details.Add($"Kündigungsfrist „{noticeText}“");
        return new Contract
        {
            Id = id,
            ContractNumber = contractNumbers.Next(),
            Title = Shorten($"{row.ProductName} (Import)", TitleMaxLength),
            VendorId = vendorId,
            EvbItType = EvbItType.Other,
            Start = start,
            TermKind = termKind,
            FixedEnd = row.ContractEnd,
            NoticePeriodMonths = notice?.Months ?? 0,
            NoticeReference = reference,
            Notes = Shorten($"Beim Import aus „{plan.FileName}“ (Tabelle „{row.Sheet}“, Zeile {row.RowNumber}) angelegt: {string.Join(", ", details)}. " +
                            "Vertragsbeginn, Vertragsart, Mindestlaufzeit und Verlängerung standen nicht in der Datei und sind bitte zu prüfen.", NotesMaxLength),
        };
    }

    private static string Append(string? existing, string addition)
    {
        var combined = string.IsNullOrEmpty(existing) ? addition : existing + "\n" + addition;
        return Shorten(combined, NotesMaxLength);
    }

    private static string Shorten(string text, int maxLength) => text.Length <= maxLength ? text : text[..(maxLength - 1)] + "…";

    /// <summary>Contract numbers IMP-V-0001, IMP-V-0002 ... that no existing contract uses.</summary>
    private sealed class ContractNumbers(IEnumerable<string> existing)
    {
        private readonly HashSet<string> _used = new(existing, StringComparer.OrdinalIgnoreCase);
        private int _next = 1;

        public string Next()
        {
            string candidate;
            do
            {
                candidate = $"IMP-V-{_next++:0000}";
            }
            while (!_used.Add(candidate));

            return candidate;
        }
    }
}
