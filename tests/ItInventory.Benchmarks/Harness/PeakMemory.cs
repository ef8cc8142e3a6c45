using System.Diagnostics;

namespace ItInventory.Benchmarks.Harness;

/// <summary>Samples the process's working set and managed heap while an action runs; reports the peaks.</summary>
public sealed class PeakMemory : IDisposable
{
    private readonly Timer _timer;
    private readonly Process _process = Process.GetCurrentProcess();
    private long _peakWorkingSet;
    private long _peakManagedHeap;

    private PeakMemory()
    {
        _process.Refresh();
        StartWorkingSetBytes = _process.WorkingSet64;
        Sample();
        _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(20));
    }

    public long StartWorkingSetBytes { get; }

    public long PeakWorkingSetBytes { get { Sample(); return Interlocked.Read(ref _peakWorkingSet); } }

    public long PeakManagedHeapBytes { get { Sample(); return Interlocked.Read(ref _peakManagedHeap); } }

    public static PeakMemory Start()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return new PeakMemory();
    }

    private void Sample()
    {
        _process.Refresh();
        Max(ref _peakWorkingSet, _process.WorkingSet64);
        Max(ref _peakManagedHeap, GC.GetTotalMemory(forceFullCollection: false));
    }

    private static void Max(ref long target, long value)
    {
        long current;
        while (value > (current = Interlocked.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    public void Dispose() => _timer.Dispose();
}
