using ItInventory.Core.Analysis;
using ItInventory.Core.Analysis.Deadlines;
using ItInventory.Core.Domain;
using ItInventory.Web.Features.Contracts;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Contracts;

public class ContractServiceTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateSampleCityAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private ContractService Service(string role = Roles.Beschaffung) =>
        new(_db.Factory, _db.Clock, TestServices.AnalysisSettings(_db, FixedCurrentUser.WithRoles("test.user", role)), FixedCurrentUser.WithRoles("test.user", role));

    private async Task<(int VendorId, int ProductId)> VendorWithProductAsync()
    {
        await using var context = _db.CreateContext();
        var product = await context.Products.Where(p => p.OperatorVendorId == null).OrderBy(p => p.Id).FirstAsync();
        return (product.VendorId, product.Id);
    }

    private static ContractInput Valid(int vendorId, params int[] productIds) => new()
    {
        ContractNumber = "V-2026-900",
        Title = "Pflegevertrag Testverfahren",
        VendorId = vendorId,
        EvbItType = EvbItType.PflegeS,
        Start = new DateOnly(2024, 1, 1),
        TermKind = ContractTermKind.Renewing,
        MinimumTermMonths = 36,
        RenewalPeriodMonths = 12,
        TacitRenewal = true,
        NoticePeriodMonths = 3,
        NoticeReference = NoticeReference.EndOfTerm,
        PriceAdjustment = PriceAdjustmentKind.FixedPercent,
        PriceAdjustmentPercent = 2.5m,
        AnnualValue = 12_000m,
        ProductIds = [.. productIds],
    };

    public static TheoryData<string, Action<ContractInput>, string> BrokenRules => new()
    {
        { nameof(ContractInput.ContractNumber), c => c.ContractNumber = " ", "Bitte eine Vertragsnummer angeben." },
        { nameof(ContractInput.Title), c => c.Title = "", "Bitte einen Titel angeben." },
        { nameof(ContractInput.VendorId), c => c.VendorId = null, "Bitte den Anbieter wählen, mit dem der Vertrag geschlossen ist." },
        { nameof(ContractInput.Start), c => c.Start = null, "Bitte den Vertragsbeginn angeben." },
        { nameof(ContractInput.RenewalPeriodMonths), c => c.RenewalPeriodMonths = 0, "Ein sich verlängernder Vertrag braucht einen Verlängerungszeitraum von mindestens 1 Monat." },
        {
            nameof(ContractInput.FixedEnd),
            c => { c.TermKind = ContractTermKind.FixedEnd; c.MinimumTermMonths = 0; c.FixedEnd = null; },
            "Ein Vertrag mit festem Ende braucht ein Enddatum oder eine Mindestlaufzeit."
        },
        {
            nameof(ContractInput.FixedEnd),
            c => { c.TermKind = ContractTermKind.FixedEnd; c.FixedEnd = new DateOnly(2023, 12, 31); },
            "Das feste Vertragsende darf nicht vor dem Vertragsbeginn liegen."
        },
        { nameof(ContractInput.MinimumTermMonths), c => c.MinimumTermMonths = -1, "Bitte die Mindestlaufzeit in Monaten angeben (0 bis 600; 0 heißt: keine Mindestlaufzeit)." },
        { nameof(ContractInput.NoticePeriodMonths), c => c.NoticePeriodMonths = null, "Bitte die Kündigungsfrist in Monaten angeben (0 bis 120)." },
        { nameof(ContractInput.EndedOn), c => c.EndedOn = new DateOnly(2023, 6, 30), "Das Vertragsende (gekündigt/beendet zum) darf nicht vor dem Vertragsbeginn liegen." },
        { nameof(ContractInput.PriceAdjustmentPercent), c => c.PriceAdjustmentPercent = null, "Bei einer festen Preisanpassung bitte den vereinbarten Prozentsatz angeben." },
        { nameof(ContractInput.AnnualValue), c => c.AnnualValue = -1m, "Der Jahreswert darf nicht negativ sein." },
    };

    [Theory]
    [MemberData(nameof(BrokenRules))]
    public async Task Each_broken_rule_is_reported_in_german_at_its_field_and_nothing_is_saved(string field, Action<ContractInput> breakRule, string message)
    {
        var (vendorId, productId) = await VendorWithProductAsync();
        var input = Valid(vendorId, productId);
        breakRule(input);
        await using var context = _db.CreateContext();
        var before = await context.Contracts.CountAsync();

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Service().CreateAsync(input));

        Assert.Equal([field], error.Errors.Keys);
        Assert.Equal(message, Assert.Single(error.Errors[field]));
        Assert.Equal(before, await context.Contracts.CountAsync());
    }

    [Fact]
    public async Task Numbers_are_unique_and_covered_products_must_belong_to_the_vendor()
    {
        await using var context = _db.CreateContext();
        var existing = await context.Contracts.OrderBy(c => c.Id).FirstAsync();
        var (vendorId, productId) = await VendorWithProductAsync();
        var foreign = await context.Products.Where(p => p.VendorId != vendorId && p.OperatorVendorId != vendorId).OrderBy(p => p.Id).FirstAsync();
        var input = Valid(vendorId, productId, foreign.Id);
        input.ContractNumber = existing.ContractNumber.ToLowerInvariant();

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Service().CreateAsync(input));

        Assert.Contains("ist schon vergeben", Assert.Single(error.Errors[nameof(ContractInput.ContractNumber)]));
        Assert.Contains(foreign.Name, Assert.Single(error.Errors[nameof(ContractInput.ProductIds)]));
    }

    [Fact]
    public async Task A_data_centre_contract_may_cover_the_products_it_runs()
    {
        await using var context = _db.CreateContext();
        var operated = await context.Products.Where(p => p.OperatorVendorId != null && p.OperatorVendorId != p.VendorId).OrderBy(p => p.Id).FirstAsync();
        var input = Valid(operated.OperatorVendorId!.Value, operated.Id);
        input.EvbItType = EvbItType.PublicLawAgreement;

        var id = await Service().CreateAsync(input);

        var details = await Service().GetAsync(id);
        var covered = Assert.Single(details.Products);
        Assert.Equal(operated.Id, covered.Id);
        Assert.False(covered.MadeByVendor);
    }

    [Fact]
    public async Task All_terms_are_saved_and_terms_that_do_not_apply_are_cleared()
    {
        var (vendorId, productId) = await VendorWithProductAsync();
        var id = await Service().CreateAsync(Valid(vendorId, productId));

        var edit = await Service().GetForEditAsync(id);
        edit.TermKind = ContractTermKind.OpenEnded;
        edit.MinimumTermMonths = 24;
        edit.NoticePeriodMonths = 6;
        edit.NoticeReference = NoticeReference.EndOfYear;
        edit.PriceAdjustment = PriceAdjustmentKind.IndexLinked;
        edit.ExitSupport = true;
        edit.DataReturnClause = true;
        edit.SourceCodeEscrow = true;
        edit.AnnualValue = 0m;
        edit.Notes = "  Nachtrag 1 eingearbeitet ";
        edit.ProductIds = [];
        await Service().UpdateAsync(id, edit);

        await using var context = _db.CreateContext();
        var saved = await context.Contracts.Include(c => c.Products).SingleAsync(c => c.Id == id);
        Assert.Equal((ContractTermKind.OpenEnded, 24, (int?)null, false), (saved.TermKind, saved.MinimumTermMonths, saved.RenewalPeriodMonths, saved.TacitRenewal));
        Assert.Equal((6, NoticeReference.EndOfYear), (saved.NoticePeriodMonths, saved.NoticeReference));
        Assert.Equal((PriceAdjustmentKind.IndexLinked, (decimal?)null), (saved.PriceAdjustment, saved.PriceAdjustmentPercent));
        Assert.Equal((true, true, true, 0m, "Nachtrag 1 eingearbeitet"), (saved.ExitSupport, saved.DataReturnClause, saved.SourceCodeEscrow, saved.AnnualValue!.Value, saved.Notes));
        Assert.Empty(saved.Products);
    }

    [Fact]
    public async Task A_stale_save_is_a_conflict_even_when_only_the_covered_products_changed()
    {
        await using var context = _db.CreateContext();
        var contract = await context.Contracts.Include(c => c.Products).Where(c => c.Products.Count >= 2).OrderBy(c => c.Id).FirstAsync();
        var mine = await Service().GetForEditAsync(contract.Id);

        // Another user takes one product off the contract, through their own context.
        await using (var other = _db.CreateContext())
        {
            var theirs = await other.Contracts.Include(c => c.Products).SingleAsync(c => c.Id == contract.Id);
            theirs.Products.RemoveAt(0);
            other.Entry(theirs).Property(c => c.Version).IsModified = true;
            await other.SaveChangesAsync();
        }

        mine.Title = "Mein neuer Titel";
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Service().UpdateAsync(contract.Id, mine));

        Assert.Equal(contract.Title, Assert.IsType<Contract>(conflict.CurrentValues).Title);
        Assert.Equal(contract.Products.Count - 1, (await Service().GetAsync(contract.Id)).Products.Count);

        // The other way round: a products-only save by the service renews the version too.
        var fresh = await Service().GetForEditAsync(contract.Id);
        var stale = await Service().GetForEditAsync(contract.Id);
        fresh.ProductIds.RemoveAt(0);
        await Service().UpdateAsync(contract.Id, fresh);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Service().UpdateAsync(contract.Id, stale));
    }

    [Fact]
    public async Task A_contract_with_cost_lines_cannot_be_deleted_one_without_can()
    {
        await using var context = _db.CreateContext();
        var booked = await context.Contracts.Where(c => context.CostLines.Any(l => l.ContractId == c.Id)).OrderBy(c => c.Id).FirstAsync();
        var lines = await context.CostLines.CountAsync(l => l.ContractId == booked.Id);
        var (vendorId, productId) = await VendorWithProductAsync();
        var unused = await Service().CreateAsync(Valid(vendorId, productId));

        var refused = await Assert.ThrowsAsync<DeleteRefusedException>(() => Service().DeleteAsync(booked.Id, booked.Version));
        await Service().DeleteAsync(unused, (await Service().GetForEditAsync(unused)).Version);

        Assert.Contains($"{lines} Kostenpositionen verweisen auf ihn", refused.Message);
        Assert.True(await context.Contracts.AnyAsync(c => c.Id == booked.Id));
        Assert.False(await context.Contracts.AnyAsync(c => c.Id == unused));
        Assert.True(await context.Products.AnyAsync(p => p.Id == productId));
    }

    [Fact]
    public async Task Deadlines_follow_the_renewals_and_the_stichtag()
    {
        var (vendorId, productId) = await VendorWithProductAsync();
        // 2024-01-01, 36 months, then tacitly every 12 months, 3 months' notice to the end of the term.
        var id = await Service().CreateAsync(Valid(vendorId, productId));

        var today = await Service().GetAsync(id);
        var later = await Service().GetAsync(id, new DateOnly(2027, 10, 15));

        Assert.Equal(TestDatabase.AsOf, today.Deadlines.AsOf);
        // On 2026-11-28 the notice deadline of the first term (2026-09-30) has passed: the contract can end 2027-12-31 at the earliest.
        Assert.Equal((new DateOnly(2026, 12, 31), new DateOnly(2027, 12, 31), new DateOnly(2027, 9, 30)),
            (today.Deadlines.CurrentTermEnd!.Value, today.Deadlines.NextTerminationDate!.Value, today.Deadlines.NoticeDeadline!.Value));
        // On 2027-10-15 the deadline of 2027-09-30 has passed too: the next end is 2028-12-31.
        Assert.Equal((new DateOnly(2027, 12, 31), new DateOnly(2028, 12, 31), new DateOnly(2028, 9, 30)),
            (later.Deadlines.CurrentTermEnd!.Value, later.Deadlines.NextTerminationDate!.Value, later.Deadlines.NoticeDeadline!.Value));
        Assert.Equal(new DateOnly(2028, 9, 30).AddDays(-new AnalysisOptions().DecisionLeadDays), later.Deadlines.DecisionDate);
    }

    [Fact]
    public async Task The_decision_date_uses_the_lead_time_an_administrator_set()
    {
        var administrator = FixedCurrentUser.WithRoles("admin", Roles.Administrator);
        var settings = TestServices.AnalysisSettings(_db, administrator);
        var options = (await settings.GetForEditingAsync()).Options;
        options.DecisionLeadDays = 30;
        await settings.SaveAsync(options, null);
        var (vendorId, productId) = await VendorWithProductAsync();
        var id = await Service().CreateAsync(Valid(vendorId, productId));

        var details = await Service().GetAsync(id);

        Assert.Equal(details.Deadlines.NoticeDeadline!.Value.AddDays(-30), details.Deadlines.DecisionDate);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(ContractQuery.DefaultDecisionWindowDays)]
    public async Task The_days_filter_counts_from_the_decision_date_and_keeps_overdue_decisions_marked(int days)
    {
        var calculator = new DeadlineCalculator(new AnalysisOptions());
        await using var context = _db.CreateContext();
        var contracts = await context.Contracts.AsNoTracking().ToListAsync();
        var today = TestDatabase.AsOf;
        // Still to decide: not ended, no notice given, terms complete; decision date up to N days ahead, or passed.
        var open = new[] { ContractStatus.NotStarted, ContractStatus.Running, ContractStatus.NoticeWindowOpen, ContractStatus.Expiring, ContractStatus.OpenEnded };
        var expected = contracts
            .Select(c => calculator.Calculate(c, today))
            .Where(d => open.Contains(d.Status) && d.DecisionDate is { } decision && decision <= today.AddDays(days))
            .Select(d => d.ContractId).Order().ToList();

        var all = await Service().ListAsync(new ContractQuery());
        var soon = await Service().ListAsync(new ContractQuery(DecisionWithinDays: days));

        Assert.Equal(contracts.Count, all.Rows.Count);
        Assert.True(expected.Count < contracts.Count);
        Assert.Equal(expected, soon.Rows.Select(r => r.Id).Order());
        // Overdue decisions are in the list, first, and say so in words.
        var overdue = soon.Rows.Where(r => r.Deadlines.DecisionDate < today).ToList();
        Assert.NotEmpty(overdue);
        Assert.All(overdue, r => Assert.StartsWith("überfällig seit", r.Decision!.Urgency));
        Assert.Equal(soon.Rows.Select(r => r.Deadlines.DecisionDate).Order(), soon.Rows.Select(r => r.Deadlines.DecisionDate));
    }

    [Fact]
    public async Task Only_people_who_maintain_contracts_may_change_them()
    {
        var (vendorId, productId) = await VendorWithProductAsync();

        await Assert.ThrowsAsync<AccessDeniedException>(() => Service(Roles.Rat).ListAsync(new ContractQuery()));
        var id = await Service(Roles.Beschaffung).CreateAsync(Valid(vendorId, productId));

        Assert.True(id > 0);
    }
}
