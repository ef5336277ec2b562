using LifetimeAssert.Configuration;

namespace LifetimeAssert;

/// <summary>
/// The validated, immutable settings of one leak check. Build one with <see cref="LeakOptionsBuilder"/>
/// or through the <c>configure</c> callback of <see cref="Leak.CheckAsync(Func{Task}, Action{LeakOptionsBuilder}?, CancellationToken)"/>.
/// </summary>
public sealed class LeakOptions : CheckOptions
{
    /// <summary>Measured runs when none is given: 6 samples of 2 runs.</summary>
    public const int DefaultIterations = OptionRules.DefaultIterations;

    /// <summary>Unmeasured runs before the first sample, so first-use caches are not blamed.</summary>
    public const int DefaultWarmup = OptionRules.DefaultWarmup;

    /// <summary>Runs between two samples when none is given.</summary>
    public const int DefaultSampleEvery = OptionRules.DefaultSampleEvery;

    /// <summary>
    /// Heap dumps kept in a results folder (<c>TestResults/LifetimeAssert</c> of one test assembly, build configuration and
    /// target framework), whatever the number of runs and processes that wrote them. A new dump first removes the oldest
    /// dumps of earlier runs; when the dumps of this run alone fill the folder, a later leak is reported without one and
    /// says so. So a suite with many leaks, run again and again, never fills the disk.
    /// </summary>
    public const int MaxDumpsPerFolder = 5;

    /// <summary>
    /// The largest heap dump kept, in megabytes: a larger one is deleted (and not written at all when the managed heap
    /// alone is larger), and the report says so. A dump holds the runtime's and the test host's own memory beside the
    /// managed heap: measured on Linux, 88 MB for a console program and 231 MB for an xUnit v3 test host with ASP.NET
    /// Core loaded, both with a heap of a few megabytes; at most <see cref="MaxDumpsPerFolder"/> of them take 2.5 GB.
    /// </summary>
    public const int MaxDumpMegabytes = 512;

    internal LeakOptions(
        string? name,
        int iterations,
        int warmup,
        bool runsAlone,
        TimeSpan timeBudget,
        int sampleEvery,
        long allowedGrowth,
        bool? strict,
        bool saveDumpOnLeak,
        bool attachDumpToResult,
        ProcessProbes judge,
        IReadOnlyList<Type> trackedTypes,
        IReadOnlyList<string> censusTypeNames,
        IReadOnlyList<Probe> probes)
        : base(name, iterations, warmup, runsAlone, timeBudget)
    {
        SampleEvery = sampleEvery;
        AllowedGrowth = allowedGrowth;
        Strict = strict;
        SaveDumpOnLeak = saveDumpOnLeak;
        AttachDumpToResult = attachDumpToResult;
        Judge = judge;
        TrackedTypes = trackedTypes;
        CensusTypeNames = censusTypeNames;
        Probes = probes;
    }

    /// <summary>Runs between two samples (k).</summary>
    public int SampleEvery { get; }

    /// <summary>Samples in the judged window (R = <see cref="CheckOptions.Iterations"/> / <see cref="SampleEvery"/>).</summary>
    public int Samples => Iterations / SampleEvery;

    /// <summary>How many instances a probe may gain over the judged window without being called a leak.</summary>
    public long AllowedGrowth { get; }

    /// <summary>
    /// What a tracked type of which no instance was registered does to the verdict. Unset (null, the default): a check
    /// whose every judged probe is such a type fails, since it checks nothing, and one such type beside others is a note.
    /// True: any such type fails the check. False: both are notes.
    /// </summary>
    public bool? Strict { get; }

    /// <summary>
    /// True: when the verdict is a leak, a heap dump of the process is written while the leaked objects are still alive,
    /// as <c>&lt;test&gt;.leak.dmp</c> under <c>TestResults/LifetimeAssert</c> (readable by the current user only), and the
    /// report names it with the commands that open it (see <see cref="LeakReport.DumpPath"/>). Needs the
    /// LifetimeAssert.HeapCensus package, which writes the dump. At most <see cref="MaxDumpsPerFolder"/> in the folder and
    /// <see cref="MaxDumpMegabytes"/> each, and none when the disk is short of space.
    /// </summary>
    public bool SaveDumpOnLeak { get; }

    /// <summary>
    /// True: the heap dump of <see cref="SaveDumpOnLeak"/> is also attached to the test's result (xUnit v3: its path;
    /// NUnit: a test attachment; MSTest: a result file), which CI systems upload with the run's artifacts. False, the
    /// default: the dump stays in the results folder on this machine and the report names it. A dump holds everything the
    /// process had in memory — connection strings with their passwords, tokens, request bodies — so attach it only where
    /// the artifacts are as private as the machine.
    /// </summary>
    public bool AttachDumpToResult { get; }

    /// <summary>Process-wide probes whose growth fails the check; the others are only reported.</summary>
    public ProcessProbes Judge { get; }

    /// <summary>Types whose live registered instances are counted (see <see cref="LifetimeTracker"/>).</summary>
    public IReadOnlyList<Type> TrackedTypes { get; }

    /// <summary>Type names counted by the heap census (package LifetimeAssert.HeapCensus).</summary>
    public IReadOnlyList<string> CensusTypeNames { get; }

    /// <summary>Additional judged probes, such as <see cref="Probe.Counter(string, Func{long})"/>.</summary>
    public IReadOnlyList<Probe> Probes { get; }
}
