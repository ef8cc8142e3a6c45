using ItInventory.Core.Analysis;
using ItInventory.Core.Analysis.DataAct;
using ItInventory.Core.Analysis.Exit;
using ItInventory.Core.Domain;

namespace ItInventory.Core.Tests.Analysis.DataAct;

public class DataActCheckTests
{
    private static readonly DateOnly AsOf = new(2026, 12, 6);

    /// <summary>A cloud contract whose every term complies; each case changes one.</summary>
    private static Contract Cloud(Action<Contract>? change = null)
    {
        var contract = new Contract
        {
            Id = 9, ContractNumber = "C-9", Title = "Bürgerportal SaaS", EvbItType = EvbItType.Cloud, Start = new DateOnly(2025, 1, 1),
            TermKind = ContractTermKind.OpenEnded, NoticePeriodMonths = 2, NoticeReference = NoticeReference.EndOfMonth,
            SwitchingNoticeMonths = 2, TransitionalPeriodDays = 30, DataRetrievalDays = 30,
            SwitchingDataCategories = "Antragsdaten, Nutzerkonten", ExportFormats = "JSON, CSV über REST-API", SwitchingFee = 0m,
        };
        change?.Invoke(contract);
        return contract;
    }

    private static IReadOnlyList<DataActItem> Breaches(Contract contract, params CostLine[] lines) =>
        DataActCheck.Check(contract, lines, AsOf).Breaches.ToList();

    public static TheoryData<string, Action<Contract>, string?> Terms() => new()
    {
        { "compliant", _ => { }, null },
        // Art. 25(2)(d): at most 2 months' notice for switching.
        { "notice 2 months", c => c.SwitchingNoticeMonths = 2, null },
        { "notice 3 months", c => c.SwitchingNoticeMonths = 3, "Art. 25 Abs. 2 lit. d" },
        // Art. 25(2)(a): 30 days transition; longer only per Art. 25(4) (declared unfeasible, at most 7 months) or 25(5).
        { "transition 30 days", c => c.TransitionalPeriodDays = 30, null },
        { "transition 45 days", c => c.TransitionalPeriodDays = 45, "Art. 25 Abs. 2 lit. a" },
        { "45 days declared unfeasible in time", c => { c.TransitionalPeriodDays = 45; c.TransitionUnfeasibleDeclared = true; }, null },
        { "45 days extended by the customer", c => { c.TransitionalPeriodDays = 45; c.TransitionExtendedByCustomer = true; }, null },
        { "8 months even though declared unfeasible", c => { c.TransitionalPeriodDays = 240; c.TransitionUnfeasibleDeclared = true; }, "Art. 25 Abs. 4" },
        // Art. 25(2)(g): at least 30 days to retrieve data.
        { "retrieval 14 days", c => c.DataRetrievalDays = 14, "Art. 25 Abs. 2 lit. g" },
        // Art. 29: the contract's own fee term, seen on 06.12.2026 (before 12.01.2027): at most direct cost.
        { "fee in the contract at cost", c => { c.SwitchingFee = 1_500m; c.SwitchingFeeAtDirectCost = true; }, null },
        { "fee in the contract not at cost", c => c.SwitchingFee = 1_500m, "Art. 29" },
    };

    [Theory]
    [MemberData(nameof(Terms))]
    public void Contract_terms_break_the_article_they_name(string term, Action<Contract> change, string? article)
    {
        var breaches = Breaches(Cloud(change));

        Assert.Equal(article is null ? [] : [article], breaches.Select(b => b.Article));
        Assert.NotNull(term);
    }

    private static CostLine Fee(int year, decimal amount = 1_200m) =>
        new() { ProductId = 1, ContractId = 9, FiscalYear = year, CostType = CostType.SwitchingFee, Kind = CostKind.Actual, Amount = amount };

    [Theory]
    // A fee booked for 2026 at the provider's direct cost is allowed; for 2027 fees are gone (Art. 29(1)) ...
    [InlineData(2026, "cost", false)]
    [InlineData(2026, "", true)]
    [InlineData(2027, "cost", true)]
    // ... unless the service is custom-built (Art. 31(1)) or the fee is egress for parallel use (Art. 34).
    [InlineData(2027, "cost,exempt", false)]
    [InlineData(2027, "cost,parallel", false)]
    [InlineData(2028, "exempt", false)]
    public void A_switching_fee_booked_from_2027_is_a_finding_unless_exempt_or_for_parallel_use(int year, string flags, bool breach)
    {
        var contract = Cloud(c =>
        {
            c.SwitchingFeeAtDirectCost = flags.Contains("cost");
            c.CustomBuiltExemption = flags.Contains("exempt");
            c.EgressForParallelUse = flags.Contains("parallel");
        });

        var breaches = Breaches(contract, Fee(year));

        Assert.Equal(breach ? [year] : [], breaches.Select(b => b.Year!.Value));
    }

    [Fact]
    public void From_12_January_2027_the_contracts_fee_term_itself_is_a_finding()
    {
        var contract = Cloud(c => { c.SwitchingFee = 1_500m; c.SwitchingFeeAtDirectCost = true; });

        var result = DataActCheck.Check(contract, [], new DateOnly(2027, 1, 12));

        Assert.Equal("Art. 29", Assert.Single(result.Breaches).Article);
    }

    [Theory]
    [InlineData(EvbItType.Cloud, null, true)]
    [InlineData(EvbItType.System, null, false)] // dedicated hosting at a data centre
    [InlineData(EvbItType.PublicLawAgreement, null, false)]
    [InlineData(EvbItType.PflegeS, null, false)]
    [InlineData(EvbItType.Service, true, true)] // a vendor-hosted SaaS bought as a service, marked on the contract
    [InlineData(EvbItType.Cloud, false, false)]
    public void Only_data_processing_services_are_checked(EvbItType type, bool? flag, bool checkedAtAll)
    {
        var contract = Cloud(c => { c.EvbItType = type; c.IsDataProcessingService = flag; c.SwitchingNoticeMonths = 6; });

        var result = DataActCheck.Check(contract, [Fee(2027)], AsOf);

        Assert.Equal(checkedAtAll, result.Applies);
        Assert.Equal(checkedAtAll, result.Breaches.Any());
    }

    [Fact]
    public void Missing_terms_are_unknown_not_breaches()
    {
        var contract = new Contract { Id = 3, ContractNumber = "C-3", EvbItType = EvbItType.Cloud };

        var result = DataActCheck.Check(contract, [], AsOf);

        Assert.Empty(result.Breaches);
        Assert.All(result.Items, i => Assert.Equal((CheckState.Unknown, "unbekannt"), (i.State, i.Term)));
        Assert.Equal(6, result.Items.Count);
    }

    [Fact]
    public void Each_breach_is_a_finding_of_the_shared_analysis_with_article_and_term()
    {
        var contract = Cloud(c => c.SwitchingNoticeMonths = 3);
        var product = new Product { Id = 1, Name = "Bürgerportal", Contracts = [contract] };
        contract.Products.Add(product);

        var findings = new FindingsEngine().Findings(new InventorySnapshot { Products = [product], Contracts = [contract], CostLines = [Fee(2027)] }, AsOf)
            .Where(f => f.Kind == FindingKind.DataActBreach).ToList();

        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, f => f.Title == "Data Act Art. 25 Abs. 2 lit. d: C-9 Bürgerportal SaaS"
            && f.Explanation.Contains("3 Monate Frist", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Year == 2027 && f.ImpactEuro == 1_200m && f.Subject.Kind == SubjectKind.Contract);
    }
}
