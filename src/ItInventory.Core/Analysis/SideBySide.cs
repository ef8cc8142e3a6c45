using System.Runtime.ExceptionServices;

namespace ItInventory.Core.Analysis;

/// <summary>
/// Works out independent items on all cores and returns the results in the items' order, so that what follows reads
/// them exactly as if they had been worked out one after another.
/// </summary>
internal static class SideBySide
{
    public static TResult[] Map<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, TResult> work)
    {
        var results = new TResult[items.Count];
        try
        {
            Parallel.For(0, items.Count, i => results[i] = work(items[i]));
        }
        catch (AggregateException failed) when (failed.InnerExceptions.Count > 0)
        {
            // The fault itself, as a loop would have thrown it, not wrapped.
            ExceptionDispatchInfo.Capture(failed.InnerExceptions[0]).Throw();
        }

        return results;
    }
}
