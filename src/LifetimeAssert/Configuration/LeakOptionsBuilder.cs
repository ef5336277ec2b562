namespace LifetimeAssert;

/// <summary>
/// Collects the settings of a leak check; <see cref="Build"/> validates them all at once and freezes
/// them into <see cref="LeakOptions"/>. Every method returns the builder, so calls chain.
/// </summary>
public sealed class LeakOptionsBuilder
{
    private readonly List<Type?> _trackedTypes = [];
    private readonly List<string?> _censusTypeNames = [];
    private readonly List<Probe?> _probes = [];
    private readonly List<string> _errors = [];
    private string? _name;
    private int _iterations = LeakOptions.DefaultIterations;
    private int _warmup = LeakOptions.DefaultWarmup;
    private int _sampleEvery = LeakOptions.DefaultSampleEvery;
    private long _allowedGrowth;
    private bool? _strict;
    private bool _runsAlone;
    private bool _saveDumpOnLeak;
    private string? _fileName;
    private IReadOnlyList<Type> _seenBefore = [];
    private ProcessProbes _judge;

    /// <summary>Names the checked code path in the report.</summary>
    /// <param name="name">For example <c>OrderRepository.FindById</c>.</param>
    public LeakOptionsBuilder Name(string name)
    {
        _name = name;
        return this;
    }

    /// <summary>Sets the number of measured runs after the warm-up (default 12).</summary>
    /// <param name="count">A positive multiple of the sampling interval.</param>
    public LeakOptionsBuilder Iterations(int count)
    {
        _iterations = count;
        return this;
    }

    /// <summary>Sets the number of unmeasured runs before the baseline (default 3).</summary>
    /// <param name="count">Zero or more.</param>
    public LeakOptionsBuilder Warmup(int count)
    {
        _warmup = count;
        return this;
    }

    /// <summary>Sets the number of runs between two samples (default 2).</summary>
    /// <param name="runs">One or more.</param>
    public LeakOptionsBuilder SampleEvery(int runs)
    {
        _sampleEvery = runs;
        return this;
    }

    /// <summary>Lets every probe gain this many instances over the judged window without failing.</summary>
    /// <param name="count">Zero or more (default 0).</param>
    public LeakOptionsBuilder AllowedGrowth(long count)
    {
        _allowedGrowth = count;
        return this;
    }

    /// <summary>
    /// True: a tracked type of which no instance was registered fails the check. False: it is only a note, even when
    /// the check then judges nothing. Not called: a check that judges nothing fails, a single missing type is a note.
    /// </summary>
    /// <param name="strict">True to fail on any missing type, false to only note missing types.</param>
    public LeakOptionsBuilder Strict(bool strict = true)
    {
        _strict = strict;
        return this;
    }

    /// <summary>
    /// Declares that nothing else runs in the process during the check, so objects registered outside its async flow
    /// (server request pipelines, hosted services, work queued without the execution context, timer callbacks) are
    /// counted for it. Without it, only objects registered in the check's own flow are counted.
    /// </summary>
    /// <param name="runsAlone">True when no other test runs at the same time.</param>
    public LeakOptionsBuilder RunsAlone(bool runsAlone = true)
    {
        _runsAlone = runsAlone;
        return this;
    }

    /// <summary>
    /// Writes a heap dump of the process when the check finds a leak, while the leaked objects are still alive:
    /// <c>&lt;name&gt;.leak.dmp</c> under <c>TestResults/LifetimeAssert</c> beside the test assembly, named in the report
    /// with the commands that open it. Needs the LifetimeAssert.HeapCensus package. At most
    /// <see cref="LeakOptions.MaxDumpsPerProcess"/> dumps per process run, each at most <see cref="LeakOptions.MaxDumpMegabytes"/> MB.
    /// </summary>
    /// <param name="save">True to write a dump on a leak (false: the default, none).</param>
    public LeakOptionsBuilder SaveDumpOnLeak(bool save = true)
    {
        _saveDumpOnLeak = save;
        return this;
    }

    /// <summary>Judges process-wide probes as well as the scoped ones (they are always reported).</summary>
    /// <param name="probes">The probes whose growth fails the check.</param>
    public LeakOptionsBuilder Judge(ProcessProbes probes)
    {
        _judge |= probes;
        return this;
    }

    /// <summary>Counts live instances of <typeparamref name="T"/> registered with <see cref="LifetimeTracker"/>.</summary>
    /// <typeparam name="T">The type, or a base type or interface of the registered objects.</typeparam>
    public LeakOptionsBuilder Track<T>()
        where T : class
        => Track(typeof(T));

    /// <summary>Counts live instances of <paramref name="type"/> registered with <see cref="LifetimeTracker"/>.</summary>
    /// <param name="type">A reference type, closed if generic.</param>
    public LeakOptionsBuilder Track(Type type)
    {
        _trackedTypes.Add(type);
        return this;
    }

    /// <summary>Counts every live instance of a type by name with the heap census (package LifetimeAssert.HeapCensus).</summary>
    /// <param name="typeName">A full type name such as <c>Npgsql.PreparedStatement</c>.</param>
    public LeakOptionsBuilder Census(string typeName)
    {
        _censusTypeNames.Add(typeName);
        return this;
    }

    /// <summary>Adds a judged probe, such as <see cref="LifetimeAssert.Probe.Counter(string, Func{long})"/>.</summary>
    /// <param name="probe">The probe; its name must be unique within the check.</param>
    public LeakOptionsBuilder Probe(Probe probe)
    {
        _probes.Add(probe);
        return this;
    }

    /// <summary>Types the test registered on a run its framework made before the check (see <see cref="FirstRun"/>).</summary>
    internal LeakOptionsBuilder SeenBefore(IReadOnlyList<Type> types)
    {
        _seenBefore = types;
        return this;
    }

    /// <summary>The test name the report files get (see <see cref="Adapters.TestFrameworkAdapter.WriteReportFiles"/>), used to name a dump.</summary>
    internal LeakOptionsBuilder FileName(string? testName)
    {
        _fileName = string.IsNullOrWhiteSpace(testName) ? null : testName;
        return this;
    }

    /// <summary>Records a problem found while gathering settings (an attribute's probe member), reported by <see cref="Build"/>.</summary>
    internal LeakOptionsBuilder AddError(string error)
    {
        _errors.Add(error);
        return this;
    }

    /// <summary>Validates every setting and returns the frozen options.</summary>
    /// <exception cref="LeakConfigurationException">One or more settings are invalid; the message lists them all.</exception>
    public LeakOptions Build()
    {
        var errors = LeakOptionsValidator.Validate(
            _iterations, _warmup, _sampleEvery, _allowedGrowth, _judge, _trackedTypes, _censusTypeNames, _probes, _saveDumpOnLeak);
        errors.InsertRange(0, _errors);
        if (errors.Count > 0)
        {
            throw new LeakConfigurationException(errors);
        }

        return new LeakOptions(
            string.IsNullOrWhiteSpace(_name) ? null : _name,
            _iterations,
            _warmup,
            _sampleEvery,
            _allowedGrowth,
            _strict,
            _runsAlone,
            _saveDumpOnLeak,
            _judge,
            _trackedTypes.OfType<Type>().Distinct().ToArray(),
            _censusTypeNames.OfType<string>().Distinct(StringComparer.Ordinal).ToArray(),
            _probes.OfType<Probe>().ToArray())
        {
            SeenBefore = _seenBefore,
            FileName = _fileName,
        };
    }
}
