using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using LifetimeAssert.HeapCensus;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Runtime;

namespace LifetimeAssert.Benchmarks;

/// <summary>
/// One heap census at a ~20 MB and a ~300 MB heap: counts only, and counts with every reference plus a retention
/// path; beside it, the reference route — a self dump with heap (DiagnosticsClient.WriteDump) read with ClrMD,
/// with a mark pass from the roots for live-only counts. Peak memory above the resident set at the start of each
/// iteration (Linux VmHWM, reset before every iteration) is printed at the end of each benchmark's process.
/// </summary>
[MemoryDiagnoser]
public class CensusBenchmarks
{
    private const int MarkedObjects = 1000;

    private static readonly List<Marked> KeptMarked = [];

    private readonly List<long> _peakDeltas = [];
    private long _residentAtStart;

    [Params(20, 300)]
    public int HeapMegabytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        Heap.Retain(HeapMegabytes);
        for (var i = 0; i < MarkedObjects; i++)
        {
            KeptMarked.Add(new Marked());
        }
    }

    [IterationSetup]
    public void ResetPeak()
    {
        // Writing 5 to clear_refs resets the process's peak resident set (VmHWM) to the current one.
        File.WriteAllText("/proc/self/clear_refs", "5");
        _residentAtStart = ReadStatus("VmRSS:");
    }

    [IterationCleanup]
    public void RecordPeak() => _peakDeltas.Add(ReadStatus("VmHWM:") - _residentAtStart);

    [GlobalCleanup]
    public void PrintPeak()
    {
        if (_peakDeltas.Count > 0)
        {
            Console.WriteLine($"// PeakMemory {HeapMegabytes} MB heap: resident at start ~{_residentAtStart / 1024} MB, peak above it median "
                + $"{Median(_peakDeltas) / 1024} MB, max {_peakDeltas.Max() / 1024} MB over {_peakDeltas.Count} iterations");
        }
    }

    [Benchmark(Baseline = true)]
    public long CensusCounts() => HeapSnapshotter.Take(includeGraph: false).ByTypeId[MarkedTypeId].Count;

    [Benchmark]
    public int CensusRootPath()
    {
        var snapshot = HeapSnapshotter.Take(includeGraph: true);
        var owners = new RootOwners(snapshot.Graph!);
        var path = RetentionPathSearch.Find(owners, [[MarkedTypeId]])[0]!;
        return RetentionPathText.Render(owners, path).Length;
    }

    [Benchmark]
    public long ClrMdSelfDumpCounts()
    {
        var file = Path.Combine(Path.GetTempPath(), $"census-bench-{Environment.ProcessId}.dmp");
        try
        {
            new DiagnosticsClient(Environment.ProcessId).WriteDump(DumpType.WithHeap, file);
            using var target = DataTarget.LoadDump(file);

            // ClrMD 4.2 reads .NET 10's runtime version as 0.0: point it at this runtime's DAC and skip the check.
            var dac = Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "libmscordaccore.so");
            using var runtime = target.ClrVersions[0].CreateRuntime(dac, ignoreMismatch: true);
            return CountLive(runtime.Heap, typeof(Marked).FullName!);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static ulong MarkedTypeId => (ulong)typeof(Marked).TypeHandle.Value;

    /// <summary>A dump holds dead objects too: mark from the roots to count only live ones.</summary>
    private static long CountLive(ClrHeap heap, string typeName)
    {
        var seen = new HashSet<ulong>();
        var pending = new Stack<ulong>();
        foreach (var root in heap.EnumerateRoots())
        {
            if (root.Object.Address != 0 && seen.Add(root.Object.Address))
            {
                pending.Push(root.Object.Address);
            }
        }

        long count = 0;
        while (pending.Count > 0)
        {
            var item = heap.GetObject(pending.Pop());
            if (item.Type?.Name == typeName)
            {
                count++;
            }

            foreach (var reference in item.EnumerateReferenceAddresses(carefully: false, considerDependantHandles: true))
            {
                if (seen.Add(reference))
                {
                    pending.Push(reference);
                }
            }
        }

        return count;
    }

    private static long ReadStatus(string field)
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        return long.Parse(line[field.Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static long Median(List<long> values) => values.Order().ElementAt(values.Count / 2);

    private sealed class Marked;
}
