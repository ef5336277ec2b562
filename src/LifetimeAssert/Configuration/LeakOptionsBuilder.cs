using LifetimeAssert.Configuration;
using LifetimeAssert.Services;

namespace LifetimeAssert;

/// <summary>
/// Collects the settings of a leak check; <see cref="CheckOptionsBuilder{TBuilder, TOptions}.Build()"/> validates them all
/// at once and freezes them into <see cref="LeakOptions"/>. Every method returns the builder, so calls chain.
/// </summary>
public sealed class LeakOptionsBuilder : CheckOptionsBuilder<LeakOptionsBuilder, LeakOptions>
{
    private readonly List<Type?> _trackedTypes = [];
    private readonly List<string?> _censusTypeNames = [];
    private readonly List<Probe?> _probes = [];
    private int _sampleEvery = OptionRules.DefaultSampleEvery;
    private long _allowedGrowth;
    private bool? _strict;
    private bool _saveDumpOnLeak;
    private bool _attachDumpToResult;
    private ProcessProbes _judge;

    private protected override string Kind => "leak check";

    /// <summary>Sets the number of runs between two samples (default 2).</summary>
    /// <param name="runs">One or more; Iterations must be a multiple of it that gives at least 3 samples.</param>
    /// <returns>The builder.</returns>
    public LeakOptionsBuilder SampleEvery(int runs) => Set(ref _sampleEvery, runs);

    /// <summary>Lets every probe gain this many instances over the judged window without failing.</summary>
    /// <param name="count">Zero or more (default 0).</param>
    /// <returns>The builder.</returns>
    public LeakOptionsBuilder AllowedGrowth(long count) => Set(ref _allowedGrowth, count);

    /// <summary>
    /// True: a tracked type of which no instance was registered fails the check. False: it is only a note, even when
    /// the check then judges nothing. Not called: a check that judges nothing fails, a single missing type is a note.
    /// </summary>
    /// <param name="strict">True to fail on any missing type, false to only note missing types.</param>
    /// <returns>The builder.</returns>
    public LeakOptionsBuilder Strict(bool strict = true) => Set(ref _strict, strict);

    /// <summary>
    /// Writes a heap dump of the process when the check finds a leak, while the leaked objects are still alive:
    /// <c>&lt;name&gt;.leak.dmp</c> under <c>TestResults/LifetimeAssert</c> beside the test assembly, readable by the current
    /// user only, named in the report with the commands that open it. Needs the LifetimeAssert.HeapCensus package. At most
    /// <see cref="LeakOptions.MaxDumpsPerFolder"/> dumps in the folder, each at most <see cref="LeakOptions.MaxDumpMegabytes"/> MB.
    /// </summary>
    /// <param name="save">True to write a dump on a leak (false: the default, none).</param>
    /// <returns>The builder.</returns>
    public LeakOptionsBuilder SaveDumpOnLeak(bool save = true) => Set(ref _saveDumpOnLeak, save);

    /// <summary>
    /// Attaches the heap dump of <see cref="SaveDumpOnLeak"/> to the test's result, which CI systems upload as an
    /// artifact (see <see cref="LeakOptions.AttachDumpToResult"/>: a dump holds every secret the process had in memory).
    /// </summary>
    /// <param name="attach">True to attach it (false: the default, the dump stays on this machine).</param>
    /// <returns>The builder.</returns>
    public LeakOptionsBuilder AttachDumpToResult(bool attach = true) => Set(ref _attachDumpToResult, attach);

    /// <summary>Judges process-wide probes as well as the scoped ones (they are always reported).</summary>
    /// <param name="probes">The probes whose growth fails the check.</param>
    /// <returns>The builder.</returns>
    public LeakOptionsBuilder Judge(ProcessProbes probes) => Set(ref _judge, _judge | probes);

    /// <summary>Counts live instances of <typeparamref name="T"/> registered with <see cref="LifetimeTracker"/>.</summary>
    /// <typeparam name="T">The type, or a base type or interface of the registered objects.</typeparam>
    /// <returns>The builder.</returns>
    public LeakOptionsBuilder Track<T>()
        where T : class
        => Track(typeof(T));

    /// <summary>Counts live instances of <paramref name="type"/> registered with <see cref="LifetimeTracker"/>.</summary>
    /// <param name="type">A reference type, closed if generic.</param>
    /// <returns>The builder.</returns>
    public LeakOptionsBuilder Track(Type type) => Add(_trackedTypes, type);

    /// <summary>Counts every live instance of a type by name with the heap census (package LifetimeAssert.HeapCensus).</summary>
    /// <param name="typeName">A full type name such as <c>Npgsql.PreparedStatement</c>.</param>
    /// <returns>The builder.</returns>
    public LeakOptionsBuilder Census(string typeName) => Add(_censusTypeNames, typeName);

    /// <summary>Adds a judged probe, such as <see cref="LifetimeAssert.Probe.Counter(string, Func{long})"/>.</summary>
    /// <param name="probe">The probe; its name must be unique within the check.</param>
    /// <returns>The builder.</returns>
    public LeakOptionsBuilder Probe(Probe probe) => Add(_probes, probe);

    private protected override void Validate(List<string> errors, EngineServices services) =>
        errors.AddRange(LeakOptionsValidator.Validate(
            IterationsSetting, _sampleEvery, _allowedGrowth, _judge, _trackedTypes, _censusTypeNames, _probes, _saveDumpOnLeak, services));

    private protected override LeakOptions Create() =>
        new(
            NameSetting,
            IterationsSetting,
            WarmupSetting,
            RunsAloneSetting,
            TimeBudgetSetting,
            _sampleEvery,
            _allowedGrowth,
            _strict,
            _saveDumpOnLeak,
            _attachDumpToResult,
            _judge,
            _trackedTypes.OfType<Type>().Distinct().ToArray(),
            _censusTypeNames.OfType<string>().Distinct(StringComparer.Ordinal).ToArray(),
            _probes.OfType<Probe>().ToArray());
}
