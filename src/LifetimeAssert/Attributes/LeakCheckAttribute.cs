using LifetimeAssert.Configuration;

namespace LifetimeAssert;

/// <summary>
/// The options every framework's <c>[AssertNoLeak]</c> attribute shares. On a test method it checks that test;
/// on a class, all its tests; on the assembly it only sets defaults for the tests that are checked. Scalar
/// settings of the nearest level win; tracked types, census names and judged probes of all levels add up.
/// </summary>
public abstract class LeakCheckAttribute : CheckAttribute
{
    private int? _sampleEvery;
    private long? _allowedGrowth;
    private bool? _strict;
    private bool? _saveDumpOnLeak;
    private bool? _attachDumpToResult;

    /// <summary>Runs between two samples (default 2).</summary>
    public int SampleEvery
    {
        get => _sampleEvery ?? OptionRules.DefaultSampleEvery;
        set => _sampleEvery = value;
    }

    /// <summary>Instances a probe may gain over the judged window without failing (default 0).</summary>
    public long AllowedGrowth
    {
        get => _allowedGrowth ?? 0;
        set => _allowedGrowth = value;
    }

    /// <summary>
    /// True: a tracked type of which no instance was registered fails the test. False: it is only a note, even when the
    /// test then checks nothing. Unset: a test that checks nothing fails, and a single missing type is a note.
    /// </summary>
    public bool Strict
    {
        get => _strict ?? false;
        set => _strict = value;
    }

    /// <summary>
    /// True: when the test leaks, a heap dump of the test process is written while the leaked objects are still alive, as
    /// <c>&lt;test&gt;.leak.dmp</c> beside the report under <c>TestResults/LifetimeAssert</c>, readable by the current user
    /// only, and named in the report with the commands that open it. Needs the LifetimeAssert.HeapCensus package. At most
    /// <see cref="LeakOptions.MaxDumpsPerFolder"/> dumps in the folder, each at most <see cref="LeakOptions.MaxDumpMegabytes"/> MB.
    /// On the assembly it is the default of every checked test (default false).
    /// </summary>
    public bool SaveDumpOnLeak
    {
        get => _saveDumpOnLeak ?? false;
        set => _saveDumpOnLeak = value;
    }

    /// <summary>
    /// True: the heap dump of <see cref="SaveDumpOnLeak"/> is also attached to the test result, which CI systems upload as
    /// an artifact. False (the default): it stays on this machine. A dump holds everything the process had in memory —
    /// connection strings with their passwords, tokens, request bodies (see <see cref="LeakOptions.AttachDumpToResult"/>).
    /// </summary>
    public bool AttachDumpToResult
    {
        get => _attachDumpToResult ?? false;
        set => _attachDumpToResult = value;
    }

    /// <summary>Types whose live registered instances are counted (see <see cref="LifetimeTracker"/>).</summary>
    public Type[] Track { get; set; } = [];

    /// <summary>Type names counted by the heap census (package LifetimeAssert.HeapCensus).</summary>
    public string[] Census { get; set; } = [];

    /// <summary>
    /// Names of members of the test class (property, field or parameterless method, static or instance) that
    /// return a <see cref="Probe"/> or <c>IEnumerable&lt;Probe&gt;</c>; each probe is judged.
    /// </summary>
    /// <example><c>[AssertNoLeak(Probes = [nameof(PreparedStatements)])]</c> with <c>Probe PreparedStatements => NpgsqlProbes.PreparedStatements(dataSource);</c></example>
    public string[] Probes { get; set; } = [];

    /// <summary>Process-wide probes whose growth fails the test; all of them are reported anyway.</summary>
    public ProcessProbes Judge { get; set; }

    /// <summary>Applies the settings this attribute sets explicitly; unset ones keep the outer level's value.</summary>
    internal void ApplyTo(LeakOptionsBuilder builder)
    {
        ApplyShared(builder);
        if (_sampleEvery is { } sampleEvery)
        {
            builder.SampleEvery(sampleEvery);
        }

        if (_allowedGrowth is { } allowed)
        {
            builder.AllowedGrowth(allowed);
        }

        if (_strict is { } strict)
        {
            builder.Strict(strict);
        }

        if (_saveDumpOnLeak is { } saveDump)
        {
            builder.SaveDumpOnLeak(saveDump);
        }

        if (_attachDumpToResult is { } attachDump)
        {
            builder.AttachDumpToResult(attachDump);
        }

        builder.Judge(Judge);
        foreach (var type in Track ?? [])
        {
            builder.Track(type);
        }

        foreach (var name in Census ?? [])
        {
            builder.Census(name);
        }
    }
}
