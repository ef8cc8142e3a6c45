using ItInventory.Core.Domain;

namespace ItInventory.Core.Tests.Domain;

public class RecordVersionTests
{
    [Fact]
    public void Versions_are_version_4_guids_and_do_not_repeat()
    {
        var versions = Enumerable.Range(0, 100_000).Select(_ => RecordVersion.New()).ToList();

        Assert.Equal(versions.Count, versions.Distinct().Count());
        Assert.All(versions.Take(1000), version =>
        {
            Assert.Equal(4, version.Version);
            Assert.Contains(version.ToString()[19], "89ab");
        });
    }

    [Fact]
    public void New_records_get_a_version_of_their_own_from_different_threads()
    {
        var versions = new System.Collections.Concurrent.ConcurrentBag<Guid>();
        Parallel.For(0, 8, _ =>
        {
            for (var i = 0; i < 10_000; i++) versions.Add(new Product().Version);
        });

        Assert.DoesNotContain(Guid.Empty, versions);
        Assert.Equal(versions.Count, versions.Distinct().Count());
    }
}
