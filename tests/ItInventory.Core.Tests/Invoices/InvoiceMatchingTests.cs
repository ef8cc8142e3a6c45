using ItInventory.Core.Domain;
using ItInventory.Core.Invoices;

namespace ItInventory.Core.Tests.Invoices;

/// <summary>Matching finds only what is certain, says why, and leaves the rest for review ("zu prüfen").</summary>
public class InvoiceMatchingTests
{
    private static readonly VendorCandidate Komm = new(1, "KommSoft GmbH", "DE 111111111", "rechnung@kommsoft.example");
    private static readonly VendorCandidate Rz = new(2, "Rechenzentrum Süd AöR", null, "xrechnung@rz-sued.example");
    private static readonly VendorCandidate TwinA = new(3, "Doppelname GmbH", null, null);
    private static readonly VendorCandidate TwinB = new(4, "Doppelname GmbH", null, null);

    private static readonly MatchCandidates Candidates = new(
        [Komm, Rz, TwinA, TwinB],
        [
            new ContractCandidate(10, 1, "V-2021-007", EvbItType.PflegeS, Running: true, [100]),
            new ContractCandidate(11, 1, "V-2019-002", EvbItType.UeberlassungA, Running: false, [100, 101]),
            new ContractCandidate(20, 2, "RZ-33", EvbItType.PublicLawAgreement, Running: true, [200, 201]),
        ],
        [new CostTypeRule(2, "RZ-Leistungen", CostType.Hosting, 200)],
        [new DepartmentCandidate(33, "33 Bürgeramt", "05315000-33-64")]);

    private static EInvoice Invoice(InvoiceSeller seller, string? contract = null, string line = "Softwarepflege 2026",
        string? leitwegId = null) => new(
        InvoiceSyntax.Cii, "R-1", new DateOnly(2026, 1, 5), InvoiceTypeCodes.CommercialInvoice, "EUR", leitwegId,
        contract, null, null, seller, null, [new InvoiceLine("1", line, 1m, "C62", 100m, null)],
        new InvoiceTotals(100m, 0m, 0m, 100m, 19m, 119m, 0m, 0m, 119m));

    public static TheoryData<InvoiceSeller, int?, string> Sellers() => new()
    {
        { new("KommSoft", "de111111111", null), 1, "Lieferant „KommSoft GmbH“: USt-IdNr. de111111111 (BT-31) stimmt überein." },
        { new("Irgendwer", null, "XRECHNUNG@rz-sued.example"), 2, "Lieferant „Rechenzentrum Süd AöR“: elektronische Adresse XRECHNUNG@rz-sued.example (BT-34) stimmt überein." },
        { new("kommsoft gmbh", null, null), 1, "Lieferant „KommSoft GmbH“: Name (BT-27) stimmt überein." },
        { new("Doppelname GmbH", null, null), null, "Kein Lieferant eindeutig erkannt für „Doppelname GmbH“." },
        { new("Unbekannt AG", "DE999", null), null, "Kein Lieferant eindeutig erkannt für „Unbekannt AG“, USt-IdNr. DE999." },
    };

    [Theory]
    [MemberData(nameof(Sellers))]
    public void The_vendor_is_found_by_VAT_id_then_address_then_name_and_only_if_unique(
        InvoiceSeller seller, int? vendorId, string reason)
    {
        var match = InvoiceMatching.Match(Invoice(seller), Candidates);
        Assert.Equal(vendorId, match.VendorId);
        Assert.Equal(reason, match.Reasons[0]);
    }

    [Fact]
    public void The_contract_number_finds_the_contract_and_its_only_product_with_the_cost_type_of_its_kind()
    {
        var match = InvoiceMatching.Match(Invoice(new("KommSoft", "DE111111111", null), contract: "V-2019-002"), Candidates);
        Assert.Equal(11, match.ContractId);
        Assert.Contains("Vertrag V-2019-002: Vertragsnummer (BT-12) stimmt überein.", match.Reasons);
        // Two products under that contract: the product stays open, so the invoice goes to review.
        Assert.Equal(new LineMatch(null, CostType.LicencePurchase, "Produkt offen; Kostenart aus der Vertragsart."),
            Assert.Single(match.Lines));
        Assert.False(match.IsComplete);
    }

    [Fact]
    public void Without_a_contract_number_the_only_running_contract_is_taken()
    {
        var match = InvoiceMatching.Match(Invoice(new("KommSoft", "DE111111111", null)), Candidates);
        Assert.Equal(10, match.ContractId);
        Assert.Contains("Vertrag V-2021-007: der einzige laufende Vertrag des Lieferanten.", match.Reasons);
        Assert.Equal(new LineMatch(100, CostType.Maintenance,
            "Produkt: das einzige Produkt des Vertrags; Kostenart aus der Vertragsart."), Assert.Single(match.Lines));
        Assert.True(match.IsComplete);
    }

    [Fact]
    public void A_confirmed_rule_gives_product_and_cost_type_and_the_Leitweg_ID_the_department()
    {
        var match = InvoiceMatching.Match(
            Invoice(new("RZ Süd", null, "xrechnung@rz-sued.example"), line: "RZ-Leistungen Januar", leitwegId: "05315000-33-64"),
            Candidates);
        Assert.Equal(20, match.ContractId);
        Assert.Equal(33, match.DepartmentId);
        Assert.Contains("Amt 33 Bürgeramt: Leitweg-ID 05315000-33-64 (BT-10).", match.Reasons);
        Assert.Equal(new LineMatch(200, CostType.Hosting,
                "Produkt aus der bestätigten Regel „RZ-Leistungen“; Kostenart aus der bestätigten Regel „RZ-Leistungen“."),
            Assert.Single(match.Lines));
        Assert.True(match.IsComplete);
    }

    [Fact]
    public void An_unknown_seller_leaves_everything_open()
    {
        var match = InvoiceMatching.Match(Invoice(new("Unbekannt AG", null, null), contract: "V-2021-007",
            leitwegId: "0000-00"), Candidates);
        Assert.Null(match.VendorId);
        Assert.Null(match.ContractId);
        Assert.Contains("Leitweg-ID 0000-00 (BT-10) ist keinem Amt zugeordnet.", match.Reasons);
        Assert.Equal(new LineMatch(null, null, "Ohne Lieferant keine Zuordnung."), Assert.Single(match.Lines));
        Assert.False(match.IsComplete);
    }
}
