using ItInventory.Core.Analysis;
using ItInventory.Web.Features.Findings;

namespace ItInventory.Web.Tests.Features.Findings;

/// <summary>The cache's own rules: single flight, no poisoning by failures or impatient callers, bounded memory.</summary>
public class SharedAnalysisCacheTests
{
    private static readonly DateOnly Day = new(2026, 11, 28);

    private static AnalysisKey Key(long version, int dayOffset = 0) => new(1, Day.AddDays(dayOffset), "options", version);

    private static IndexedFindings Result() =>
        IndexedFindings.From(new FindingsEngine().Run(new InventorySnapshot(), Day), []);

    [Fact]
    public async Task Requests_arriving_during_a_computation_wait_for_it_instead_of_computing_again()
    {
        var cache = new SharedAnalysis();
        var release = new TaskCompletionSource<IndexedFindings>(TaskCreationOptions.RunContinuationsAsynchronously);

        var first = cache.GetAsync(Key(1), _ => release.Task);
        var second = cache.GetAsync(Key(1), _ => throw new InvalidOperationException("darf nicht laufen"));
        Assert.False(first.IsCompleted);
        Assert.False(second.IsCompleted);

        release.SetResult(Result());

        Assert.Same(await first, await second);
        Assert.Equal(1, cache.Computations);
    }

    [Fact]
    public async Task A_failed_computation_is_not_kept_and_the_next_request_computes_again()
    {
        var cache = new SharedAnalysis();

        await Assert.ThrowsAsync<InvalidOperationException>(() => cache.GetAsync(Key(1), _ => throw new InvalidOperationException("Datenbank weg")));
        await Assert.ThrowsAsync<TaskCanceledException>(() => cache.GetAsync(Key(1), _ => Task.FromCanceled<IndexedFindings>(new CancellationToken(true))));
        var result = await cache.GetAsync(Key(1), _ => Task.FromResult(Result()));

        Assert.NotNull(result);
        Assert.Equal(3, cache.Computations);
        Assert.Equal([Key(1)], cache.Keys);
    }

    [Fact]
    public async Task A_caller_that_gives_up_stops_waiting_but_the_result_still_arrives_for_the_next()
    {
        var cache = new SharedAnalysis();
        var release = new TaskCompletionSource<IndexedFindings>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var impatient = new CancellationTokenSource();

        var abandoned = cache.GetAsync(Key(1), _ => release.Task, impatient.Token);
        await impatient.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);
        release.SetResult(Result());

        await cache.GetAsync(Key(1), _ => throw new InvalidOperationException("darf nicht laufen"));
        Assert.Equal(1, cache.Computations);
    }

    [Fact]
    public async Task Results_are_kept_within_the_budget_and_the_least_recently_used_goes_first()
    {
        // An empty result holds one item: a budget of four keeps four of them.
        var cache = new SharedAnalysis(budget: 4);
        for (var day = 0; day < 4; day++)
        {
            await cache.GetAsync(Key(1, day), _ => Task.FromResult(Result()));
        }

        await cache.GetAsync(Key(1, 0), _ => throw new InvalidOperationException("ist noch da"));
        await cache.GetAsync(Key(1, 9), _ => Task.FromResult(Result()));

        Assert.Equal(4, cache.Keys.Count);
        Assert.Equal([Key(1, 9), Key(1, 0), Key(1, 3), Key(1, 2)], cache.Keys);
        Assert.Equal(5, cache.Computations);
    }

    [Fact]
    public async Task A_large_result_pushes_out_small_ones_and_is_itself_kept_even_beyond_the_budget()
    {
        var large = LargeResult();
        var cache = new SharedAnalysis(budget: SharedAnalysis.SizeOf(large) + 2);
        for (var tenant = 1; tenant <= 3; tenant++)
        {
            await cache.GetAsync(new AnalysisKey(tenant, Day, "options", 1), _ => Task.FromResult(Result()));
        }

        await cache.GetAsync(new AnalysisKey(9, Day, "options", 1), _ => Task.FromResult(large));

        Assert.Equal([new AnalysisKey(9, Day, "options", 1), new AnalysisKey(3, Day, "options", 1), new AnalysisKey(2, Day, "options", 1)], cache.Keys);
        var tiny = new SharedAnalysis(budget: 1);
        await tiny.GetAsync(Key(1), _ => Task.FromResult(large));
        Assert.Equal([Key(1)], tiny.Keys);
    }

    [Fact]
    public async Task By_default_the_results_of_two_hundred_small_tenants_are_all_kept()
    {
        var cache = new SharedAnalysis();
        var small = LargeResult();
        for (var tenant = 1; tenant <= 200; tenant++)
        {
            await cache.GetAsync(new AnalysisKey(tenant, Day, "options", 1), _ => Task.FromResult(small));
        }

        Assert.Equal(SharedAnalysis.DefaultBudget, cache.Budget);
        Assert.Equal(200, cache.Keys.Count);
        Assert.Equal(200, cache.Computations);
    }

    /// <summary>A result holding a hundred findings, the size of a small member municipality's.</summary>
    private static IndexedFindings LargeResult()
    {
        var empty = new FindingsEngine().Run(new InventorySnapshot(), Day);
        var findings = Enumerable.Range(1, 100)
            .Select(i => new Finding(FindingKind.PriceIncrease, Severity.Info, SubjectRef.Product(i, $"Produkt {i}"), $"P{i}", ""))
            .ToList();
        var result = IndexedFindings.From(empty with { Findings = findings }, []);
        Assert.Equal(100, SharedAnalysis.SizeOf(result));
        return result;
    }
}
