using System.Collections.Concurrent;
using System.Reflection;
using LifetimeAssert.Attributes;
using LifetimeAssert.Configuration;
using LifetimeAssert.Files;
using LifetimeAssert.Reporting;
using LifetimeAssert.Tracking;

namespace LifetimeAssert.Checks;

/// <summary>
/// The sweep of one test assembly for the whole run: its settings and baseline, read once; what every swept test
/// registered and how it was judged, for the summary; the leaks, for a baseline update.
/// </summary>
internal sealed class SweepSession
{
    private static readonly ConcurrentDictionary<Assembly, Lazy<SweepSession?>> Sessions = new();
    private static readonly ConcurrentDictionary<Type, string> HookNames = new();

    private readonly ILookup<string, BaselineEntry> _baseline;
    private readonly ConcurrentQueue<BaselineEntry> _leaks = new();
    private readonly ConcurrentQueue<BaselineEntry> _fixedBaseline = new();
    private readonly ConcurrentDictionary<string, byte> _hooks = new(StringComparer.Ordinal);
    private readonly long _unattributedAtStart = ActiveChecks.Unattributed;
    private int _checked;
    private int _leaked;
    private int _exempt;
    private int _expected;
    private int _baselined;
    private int _notJudged;
    private int _fixtures;
    private long _registered;
    private long _shared;
    private int _started;

    private SweepSession(string assembly, SweepSettings settings, IReadOnlyList<BaselineEntry> baseline)
    {
        AssemblyName = assembly;
        Settings = settings;
        _baseline = baseline.ToLookup(e => e.Test, StringComparer.Ordinal);
    }

    public string AssemblyName { get; }

    public SweepSettings Settings { get; }

    /// <summary>The session of a test assembly, created on first use, or null when it carries no sweep attribute.</summary>
    /// <exception cref="LeakConfigurationException">The run's settings or the baseline are invalid (every test of the assembly fails with it).</exception>
    public static SweepSession? For(Assembly testAssembly) =>
        Sessions.GetOrAdd(testAssembly, assembly => new Lazy<SweepSession?>(() => Create(assembly))).Value;

    /// <summary>Every session of the process (one per swept test assembly).</summary>
    public static IEnumerable<SweepSession> All =>
        Sessions.Values.Where(s => s.IsValueCreated && s.Value is not null).Select(s => s.Value!);

    /// <summary>True once a test of the assembly was swept.</summary>
    public bool Started => Volatile.Read(ref _started) != 0;

    /// <summary>True the first time only: the caller writes the banner.</summary>
    public bool Start() => Interlocked.Exchange(ref _started, 1) == 0;

    /// <summary>The types the baseline lists for <paramref name="test"/>.</summary>
    public IReadOnlyCollection<string> BaselinedTypes(string test) =>
        _baseline.Contains(test) ? _baseline[test].Select(e => e.Type).ToHashSet(StringComparer.Ordinal) : [];

    public void RecordExempt() => Interlocked.Increment(ref _exempt);

    public void RecordNotJudged() => Interlocked.Increment(ref _notJudged);

    /// <summary>Counts a judged test and keeps its leaks.</summary>
    public void Record(SweepReport report, TrackingScope scope, bool fixture = false)
    {
        Interlocked.Add(ref _registered, scope.Registered);
        Interlocked.Add(ref _shared, scope.SharedRegistrations);
        foreach (var type in scope.SeenTypes())
        {
            _hooks.TryAdd(HookNames.GetOrAdd(type, HookName), 0);
        }

        Interlocked.Increment(ref fixture ? ref _fixtures : ref _checked);
        switch (report.Outcome)
        {
            case SweepOutcome.Leaked or SweepOutcome.ExpectedButClean:
                Interlocked.Increment(ref _leaked);
                break;
            case SweepOutcome.ExpectedLeak:
                Interlocked.Increment(ref _expected);
                break;
            case SweepOutcome.Baselined:
                Interlocked.Increment(ref _baselined);
                break;
        }

        if (report.Outcome == SweepOutcome.Clean && report.Decision.FixedBaselineTypes.Count == 0)
        {
            return;
        }

        foreach (var leak in report.Decision.NewLeaks.Concat(report.Decision.BaselinedLeaks).GroupBy(l => l.Type))
        {
            _leaks.Enqueue(new BaselineEntry(report.Subject, leak.Key, leak.Sum(l => l.Count)));
        }

        foreach (var type in report.Decision.FixedBaselineTypes)
        {
            _fixedBaseline.Enqueue(_baseline[report.Subject].First(e => e.Type == type));
        }
    }

    public SweepSummary Summary() => new(
        AssemblyName,
        Settings.Level,
        Settings.LevelSource,
        Volatile.Read(ref _checked),
        Volatile.Read(ref _leaked),
        Volatile.Read(ref _exempt),
        Volatile.Read(ref _expected),
        Volatile.Read(ref _baselined),
        Volatile.Read(ref _notJudged),
        Volatile.Read(ref _fixtures),
        Interlocked.Read(ref _registered),
        Interlocked.Read(ref _shared),
        ActiveChecks.Unattributed - _unattributedAtStart,
        [.. _hooks.Keys.Order(StringComparer.Ordinal)],
        [.. _leaks],
        [.. _fixedBaseline]);

    // What registered a type, for the summary's hooks: reading an assembly's name allocates, and every judged test asks.
    private static string HookName(Type type) =>
        type.Assembly.IsDefined(typeof(LifetimeAssertComponentAttribute), inherit: false) ? type.Assembly.GetName().Name ?? "?" : "your code";

    private static SweepSession? Create(Assembly assembly)
    {
        if (SweepAttributes.Settings(assembly) is not { } settings)
        {
            return null;
        }

        try
        {
            var baseline = settings.UpdateBaseline ? [] : SweepBaseline.Read(settings.BaselinePath);
            return new SweepSession(assembly.GetName().Name ?? "?", settings, baseline);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            throw new LeakConfigurationException([e.Message], "sweep");
        }
    }
}
