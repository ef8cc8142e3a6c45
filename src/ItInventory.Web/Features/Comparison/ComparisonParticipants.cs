using ItInventory.Core.Comparison;
using ItInventory.Web.Data;

namespace ItInventory.Web.Features.Comparison;

/// <summary>
/// The participating municipalities' figures of this app instance, read once per data version and shared by every
/// page, API call and export (single flight, like the shared analysis): a data centre of 200 members otherwise reads
/// 200 tenants' products and costs for every page view. Every request reads the data version first, so a committed
/// write (a cost line, a link to the catalogue, a tenant's participation or inhabitants, a change of the catalogue:
/// see <see cref="AnalysisDataVersionBump.IsAnalysisData"/>) is seen at once. Only the newest version is kept.
/// </summary>
public sealed class ComparisonParticipants
{
    private readonly Lock _gate = new();
    private long _version = -1;
    private Task<IReadOnlyList<ComparisonMember>>? _members;
    private int _computations;

    /// <summary>How many times the members were actually read; for tests and logs.</summary>
    public int Computations => Volatile.Read(ref _computations);

    /// <param name="load">Reads the members with a context of its own: it may outlive the caller, who only stops waiting when cancelled.</param>
    public Task<IReadOnlyList<ComparisonMember>> GetAsync(long dataVersion, Func<CancellationToken, Task<IReadOnlyList<ComparisonMember>>> load, CancellationToken cancellationToken)
    {
        Task<IReadOnlyList<ComparisonMember>> members;
        lock (_gate)
        {
            if (_members is null || dataVersion != _version)
            {
                _version = dataVersion;
                Interlocked.Increment(ref _computations);
                _members = Task.Run(() => load(CancellationToken.None));
            }

            members = _members;
        }

        return ForgetIfFailedAsync(members, dataVersion).WaitAsync(cancellationToken);
    }

    /// <summary>A failed read is not kept: the next request tries again.</summary>
    private async Task<IReadOnlyList<ComparisonMember>> ForgetIfFailedAsync(Task<IReadOnlyList<ComparisonMember>> members, long dataVersion)
    {
        try
        {
            return await members;
        }
        catch
        {
            lock (_gate)
            {
                if (ReferenceEquals(_members, members) && _version == dataVersion)
                    _members = null;
            }

            throw;
        }
    }
}
