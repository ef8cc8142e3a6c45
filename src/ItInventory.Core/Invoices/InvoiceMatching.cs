using ItInventory.Core.Domain;
using static ItInventory.Core.Formatting.Formats;

namespace ItInventory.Core.Invoices;

/// <summary>A vendor as the matching sees it: name, VAT id and e-invoice address as stored in the inventory.</summary>
public sealed record VendorCandidate(int Id, string Name, string? VatId, string? ElectronicAddress);

/// <summary>A contract with its vendor, whether it runs on the invoice date, and the products it covers.</summary>
public sealed record ContractCandidate(int Id, int VendorId, string Number, EvbItType Type, bool Running,
    IReadOnlyList<int> ProductIds);

/// <summary>A rule the user confirmed: lines of this vendor whose text contains this text are this cost type.</summary>
public sealed record CostTypeRule(int VendorId, string LineText, CostType CostType, int? ProductId);

/// <summary>A department's Leitweg-ID (BT-10 of invoices addressed to it).</summary>
public sealed record DepartmentCandidate(int Id, string Name, string LeitwegId);

/// <summary>Everything in the inventory an invoice can be matched against.</summary>
public sealed record MatchCandidates(
    IReadOnlyList<VendorCandidate> Vendors, IReadOnlyList<ContractCandidate> Contracts,
    IReadOnlyList<CostTypeRule> Rules, IReadOnlyList<DepartmentCandidate> Departments);

/// <summary>What was found for one line: product and cost type, each with why; null where nothing is certain.</summary>
public sealed record LineMatch(int? ProductId, CostType? CostType, string Reason)
{
    public bool IsComplete => ProductId is not null && CostType is not null;
}

/// <summary>The result of matching one invoice; every part says why it was made. Incomplete goes to "zu prüfen".</summary>
public sealed record InvoiceMatch(
    int? VendorId, int? ContractId, int? DepartmentId, IReadOnlyList<LineMatch> Lines, IReadOnlyList<string> Reasons)
{
    public bool IsComplete => VendorId is not null && Lines.All(l => l.IsComplete);
}

/// <summary>
/// Matches an invoice to the inventory, only where it is certain: the vendor by VAT id, then e-invoice address, then
/// exact name; the contract by its number (BT-12), else the vendor's only running contract; product from the
/// contract's only product or a confirmed rule; cost type from a confirmed rule, else the contract's type.
/// </summary>
public static class InvoiceMatching
{
    public static InvoiceMatch Match(EInvoice invoice, MatchCandidates candidates)
    {
        var reasons = new List<string>();
        var vendor = MatchVendor(invoice.Seller, candidates.Vendors, reasons);
        var contract = vendor is null ? null : MatchContract(invoice, vendor, candidates.Contracts, reasons);
        var department = MatchDepartment(invoice.BuyerReference, candidates.Departments, reasons);
        var lines = invoice.Lines
            .Select(line => MatchLine(line, vendor, contract, candidates.Rules))
            .ToList();
        return new InvoiceMatch(vendor?.Id, contract?.Id, department?.Id, lines, reasons);
    }

    private static VendorCandidate? MatchVendor(InvoiceSeller seller, IReadOnlyList<VendorCandidate> vendors,
        List<string> reasons)
    {
        var byVat = Unique(vendors, v => seller.VatId is not null && SameVatId(v.VatId, seller.VatId));
        if (byVat is not null)
            return Found(byVat, $"Lieferant {Quoted(byVat.Name)}: USt-IdNr. {seller.VatId} (BT-31) stimmt überein.", reasons);
        var byAddress = Unique(vendors, v => seller.ElectronicAddress is not null &&
            string.Equals(v.ElectronicAddress?.Trim(), seller.ElectronicAddress, StringComparison.OrdinalIgnoreCase));
        if (byAddress is not null)
            return Found(byAddress,
                $"Lieferant {Quoted(byAddress.Name)}: elektronische Adresse {seller.ElectronicAddress} (BT-34) stimmt überein.", reasons);
        var byName = Unique(vendors, v => string.Equals(v.Name.Trim(), seller.Name, StringComparison.OrdinalIgnoreCase));
        if (byName is not null)
            return Found(byName, $"Lieferant {Quoted(byName.Name)}: Name (BT-27) stimmt überein.", reasons);
        reasons.Add($"Kein Lieferant eindeutig erkannt für {Quoted(seller.Name)}" +
                    (seller.VatId is null ? "" : $", USt-IdNr. {seller.VatId}") + ".");
        return null;
    }

    private static ContractCandidate? MatchContract(EInvoice invoice, VendorCandidate vendor,
        IReadOnlyList<ContractCandidate> contracts, List<string> reasons)
    {
        var own = contracts.Where(c => c.VendorId == vendor.Id).ToList();
        if (invoice.ContractReference is { } reference)
        {
            var byNumber = Unique(own, c => string.Equals(c.Number.Trim(), reference, StringComparison.OrdinalIgnoreCase));
            if (byNumber is not null)
                return Found(byNumber, $"Vertrag {byNumber.Number}: Vertragsnummer (BT-12) stimmt überein.", reasons);
        }
        var running = Unique(own, c => c.Running);
        if (running is not null)
            return Found(running, $"Vertrag {running.Number}: der einzige laufende Vertrag des Lieferanten.", reasons);
        reasons.Add(invoice.ContractReference is null
            ? "Kein Vertrag eindeutig erkannt: keine Vertragsnummer (BT-12) und nicht genau ein laufender Vertrag."
            : $"Kein Vertrag mit der Nummer {invoice.ContractReference} (BT-12) beim Lieferanten.");
        return null;
    }

    private static DepartmentCandidate? MatchDepartment(string? leitwegId, IReadOnlyList<DepartmentCandidate> departments,
        List<string> reasons)
    {
        if (leitwegId is null) return null;
        var department = Unique(departments, d => string.Equals(d.LeitwegId.Trim(), leitwegId, StringComparison.OrdinalIgnoreCase));
        if (department is not null)
            return Found(department, $"Amt {department.Name}: Leitweg-ID {leitwegId} (BT-10).", reasons);
        reasons.Add($"Leitweg-ID {leitwegId} (BT-10) ist keinem Amt zugeordnet.");
        return null;
    }

    private static LineMatch MatchLine(InvoiceLine line, VendorCandidate? vendor, ContractCandidate? contract,
        IReadOnlyList<CostTypeRule> rules)
    {
        if (vendor is null) return new LineMatch(null, null, "Ohne Lieferant keine Zuordnung.");
        var rule = rules
            .Where(r => r.VendorId == vendor.Id && line.Name.Contains(r.LineText, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(r => r.LineText.Length)
            .FirstOrDefault();
        var contractProduct = contract?.ProductIds.Count == 1 ? contract.ProductIds[0] : (int?)null;
        var product = rule?.ProductId ?? contractProduct;
        var costType = rule?.CostType ?? (contract is null ? null : CostTypeOf(contract.Type));
        var productReason = product is null
            ? "Produkt offen"
            : rule?.ProductId is not null
                ? $"Produkt aus der bestätigten Regel {Quoted(rule.LineText)}"
                : "Produkt: das einzige Produkt des Vertrags";
        var costReason = costType is null
            ? "Kostenart offen"
            : rule is not null
                ? $"Kostenart aus der bestätigten Regel {Quoted(rule.LineText)}"
                : "Kostenart aus der Vertragsart";
        return new LineMatch(product, costType, $"{productReason}; {costReason}.");
    }

    /// <summary>The cost type a contract type implies, where it implies exactly one.</summary>
    public static CostType? CostTypeOf(EvbItType type) => type switch
    {
        EvbItType.UeberlassungA => CostType.LicencePurchase,
        EvbItType.UeberlassungB => CostType.Subscription,
        EvbItType.PflegeS => CostType.Maintenance,
        EvbItType.Cloud => CostType.Subscription,
        EvbItType.Dienstleistung => CostType.Consulting,
        _ => null,
    };

    /// <summary>VAT ids compare without spaces and case: "DE 123456789" is "de123456789".</summary>
    public static bool SameVatId(string? a, string? b) =>
        a is not null && b is not null && string.Equals(Normal(a), Normal(b), StringComparison.OrdinalIgnoreCase);

    private static string Normal(string vatId) => new(vatId.Where(c => !char.IsWhiteSpace(c)).ToArray());

    private static T? Unique<T>(IEnumerable<T> items, Func<T, bool> predicate) where T : class
    {
        var found = items.Where(predicate).Take(2).ToList();
        return found.Count == 1 ? found[0] : null;
    }

    private static T Found<T>(T item, string reason, List<string> reasons)
    {
        reasons.Add(reason);
        return item;
    }
}
