using System.Collections.Concurrent;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace ItInventory.Web.Tests.Features.Api.Fuzz;

/// <summary>
/// Property-based test of issue 16: generated odd and extreme values in every API write (each body member, the whole
/// body, content type, If-Match and route id) and in every query parameter of every GET. Whatever comes in: never a
/// 500; a 4xx leaves the database as it was; every error body is a German problem document (<see cref="GermanProblem"/>).
/// One FsCheck property per endpoint and slot, so each is covered in every run; runs on the provider the suite runs on.
/// Replay: <c>ITINVENTORY_FUZZ_SEED</c> (default 20261206) fixes every value; <c>ITINVENTORY_FUZZ_CASES</c> sets the
/// values per slot (default 1, so a run stays under a minute per database; a hunt before a release may take 20).
/// </summary>
public class ApiFuzzTests(FuzzHost host, ITestOutputHelper output) : IClassFixture<FuzzHost>
{
    private static readonly ulong Seed = ulong.TryParse(Environment.GetEnvironmentVariable("ITINVENTORY_FUZZ_SEED"), out var seed) ? seed : 20261206;
    private static readonly int ValuesPerSlot = int.TryParse(Environment.GetEnvironmentVariable("ITINVENTORY_FUZZ_CASES"), out var cases) ? cases : 1;

    // ITINVENTORY_FUZZ_SURVEY=1 runs every case and lists all failures instead of stopping at the first (for a hunt).
    private static readonly bool Survey = Environment.GetEnvironmentVariable("ITINVENTORY_FUZZ_SURVEY") == "1";

    // Any odd gamma works for the splittable random generator; fixed, so the seed alone names a run.
    private const ulong Gamma = 0x9E3779B97F4A7C15;

    [Fact]
    public void Every_write_with_an_odd_value_answers_below_500_writes_nothing_when_refused_and_in_German()
    {
        // Nine resources, each with create, change and delete (as in the OpenAPI document).
        Assert.True(host.Catalog.Writes.Count >= 27, $"nur {host.Catalog.Writes.Count} schreibende Endpunkte gefunden");
        CheckEverySlot(host.Catalog.Writes);
    }

    [Fact]
    public void Every_query_parameter_with_an_odd_value_answers_below_500_writes_nothing_and_in_German()
    {
        Assert.True(host.Catalog.Queries.Count >= 28, $"nur {host.Catalog.Queries.Count} lesende Endpunkte mit Parametern gefunden");
        CheckEverySlot(host.Catalog.Queries);
    }

    private void CheckEverySlot(IReadOnlyList<FuzzTarget> targets)
    {
        var statuses = new ConcurrentDictionary<string, int>();
        var failures = new ConcurrentQueue<string>();
        var started = DateTime.UtcNow;
        var slots = targets.SelectMany(t => t.Slots.Select(s => (Target: t, Slot: s))).ToList();
        var fuzz = new FuzzRun(host, Survey ? output : null);
        foreach (var (target, slot) in slots)
        {
            var cases = from index in Gen.Choose(0, slot.Values.Count - 1)
                        from salt in Gen.Choose(1, 999_999)
                        select new FuzzCase(target, slot, index, salt);
            // Shrinking keeps the endpoint and the slot and tries the plainer values in front of the failing one.
            var arbitrary = Arb.From(cases, c => Enumerable.Range(0, c.ValueIndex).Select(i => c with { ValueIndex = i }));
            // Each slot its own stream of the seed, so two members with the same value list get different values.
            var config = Config.QuickThrowOnFailure.WithMaxTest(ValuesPerSlot).WithReplay(Seed + StableHash($"{target} {slot}"), Gamma)
                .WithQuietOnSuccess(true).WithName($"{target} {slot.Kind} {slot.Name}");
            Check.One(config, Prop.ForAll(arbitrary, c => Survey ? Surveyed(fuzz, c, statuses, failures) : fuzz.Holds(c, statuses)));
        }

        output.WriteLine($"Seed {Seed}, {ValuesPerSlot} Werte je Stelle, {slots.Count} Stellen an {targets.Count} Endpunkten, "
            + $"{statuses.Values.Sum()} Anfragen in {(DateTime.UtcNow - started).TotalSeconds:F1} s: "
            + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
        Assert.True(failures.IsEmpty, $"{failures.Count} Fehler:\n" + string.Join("\n\n", failures.Distinct()));
    }

    private static bool Surveyed(FuzzRun fuzz, FuzzCase fuzzCase, ConcurrentDictionary<string, int> statuses, ConcurrentQueue<string> failures)
    {
        try
        {
            return fuzz.Holds(fuzzCase, statuses);
        }
        catch (FuzzFailure failure)
        {
            failures.Enqueue(failure.Message);
            return true;
        }
    }

    /// <summary>FNV-1a: string.GetHashCode differs per process, and the seed must name the same values on every run.</summary>
    private static ulong StableHash(string text) =>
        text.Aggregate(14695981039346656037UL, (hash, c) => (hash ^ c) * 1099511628211UL);
}
