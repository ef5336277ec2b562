namespace LifetimeAssert.Scenarios;

/// <summary>
/// Every scenario with its expected outcome and options: the single source of truth for all front ends. The xUnit and
/// NUnit scenario assemblies must repeat the options on their attributes (attribute arguments are constants): they take
/// the numbers from the constants here, and <see cref="ScenarioAttributes"/> proves that every attribute matches.
/// </summary>
public static class Catalog
{
    /// <summary>
    /// Measured runs of every scenario that names none; the scenario assemblies set it as their assembly-level default,
    /// <c>[assembly: AssertNoLeak(Iterations = Catalog.Iterations)]</c>.
    /// </summary>
    public const int Iterations = 16;

    /// <summary>A shorter window, for the scenarios whose verdict is reached by re-sampling it.</summary>
    public const int ResampledIterations = 12;

    private static Func<Task> Sync(Action action) => () =>
    {
        action();
        return Task.CompletedTask;
    };

    private static Action<LeakOptionsBuilder> Track<T>()
        where T : class => o => o.Track<T>();

    public static IReadOnlyList<Scenario> All { get; } = WithDefaults(
    [
        new("StaticList_Leaking", Expected.Leak, "Session", Sync(Code.StaticList.Leaking), Track<Session>()),
        new("StaticList_Clean", Expected.Pass, "no leak", Sync(Code.StaticList.Clean), Track<Session>()),
        new("BoundedCache_Clean", Expected.Pass, "no leak", Sync(Code.BoundedCache.Clean), Track<Session>()),
        new("UnboundedCache_Leaking", Expected.Leak, "Session", Sync(Code.BoundedCache.Leaking), Track<Session>()),
        new("SlowlyFillingCache_Clean", Expected.Pass, "re-sampled", Sync(Code.SlowlyFillingCache.Clean), o => o.Iterations(ResampledIterations).Track<Session>()),
        new("LazySingleton_Clean", Expected.Pass, "no leak", Sync(Code.LazySingleton.Clean), Track<Session>()),
        new("ReplacedSingleton_Leaking", Expected.Leak, "Session", Sync(Code.LazySingleton.Leaking), Track<Session>()),
        new("EveryThirdRun_Leaking", Expected.Leak, "re-sampled", Sync(() => Code.EveryFewRuns.Leaking(3)), o => o.Iterations(ResampledIterations).Track<Session>()),
        new("EveryFifthRun_Leaking", Expected.Leak, "re-sampled", Sync(() => Code.EveryFewRuns.Leaking(5)), o => o.Iterations(ResampledIterations).Track<Session>()),
        new("AsyncContinuation_Leaking", Expected.Leak, "Session", Code.AsyncContinuation.Leaking, Track<Session>()),
        new("AsyncContinuation_Clean", Expected.Pass, "no leak", Code.AsyncContinuation.Clean, Track<Session>()),
        new("ReturnedObject_Clean", Expected.Pass, "no leak", Sync(() => Code.ReturnedObject.Clean()), Track<Session>()),
        new("EventSubscription_Leaking", Expected.Leak, "Subscriber", Sync(Code.Events.Leaking), Track<Subscriber>()),
        new("EventSubscription_Clean", Expected.Pass, "no leak", Sync(Code.Events.Clean), Track<Subscriber>()),
        new("UndisposedResource_Leaking", Expected.Leak, "collected without being disposed", Sync(Code.Resources.Leaking), Track<Resource>()),
        new("DisposedResource_Clean", Expected.Pass, "no leak", Sync(Code.Resources.Clean), Track<Resource>()),
        new("ProbeMember_Leaking", Expected.Leak, "registered callbacks", Sync(Code.Registry.Leaking), o => o.Probe(Code.Registry.CountProbe)),
        new("ProbeMember_Clean", Expected.Pass, "no leak", Sync(Code.Registry.Clean), o => o.Probe(Code.Registry.CountProbe)),
        new("Throwing_Body", Expected.Throws, Code.Throwing.Message, Sync(Code.Throwing.Run), Track<Session>()),
        new("NothingCreated_Strict", Expected.NothingChecked, "checks nothing", Sync(Code.Nothing.Run), o => o.Track<NeverCreated>().Strict()),
        new("NothingCreated_Default", Expected.NothingChecked, "checks nothing", Sync(Code.Nothing.Run), Track<NeverCreated>()),
        new("NothingCreated_NotStrict", Expected.Pass, "checks nothing (register instances with LifetimeTracker.Track or provider hooks, or count the type with Census); Strict = false keeps this a note", Sync(Code.Nothing.Run), o => o.Track<NeverCreated>().Strict(false)),
        new("OneTypeMissing_Default", Expected.Pass, "Track<NeverCreated>: no instance was registered during the runs — this assertion checks nothing", Sync(Code.StaticList.Clean), o => o.Track<Session>().Track<NeverCreated>()),
        new("OneTypeMissing_Strict", Expected.NothingChecked, "Track<NeverCreated>: no instance was registered during the runs — this assertion checks nothing", Sync(Code.StaticList.Clean), o => o.Track<Session>().Track<NeverCreated>().Strict()),
    ]);

    /// <summary>
    /// Scenarios that count process-wide state or objects created outside the test's flow: their tests must run alone.
    /// </summary>
    public static IReadOnlyList<Scenario> ProcessWide { get; } = WithDefaults(
    [
        new("OffFlow_Leaking", Expected.Leak, "registered outside the test's async flow, counted", Code.OffFlow.Leaking, o => o.Track<Session>().RunsAlone()),
        new("OffFlow_Clean", Expected.Pass, "registered outside the test's async flow, counted", Code.OffFlow.Clean, o => o.Track<Session>().RunsAlone()),
        new("Timers_Leaking", Expected.Leak, "timers", Sync(Code.Timers.Leaking), o => o.Judge(ProcessProbes.Timers)),
        new("Timers_Clean", Expected.Pass, "no leak", Sync(Code.Timers.Clean), o => o.Judge(ProcessProbes.Timers)),
        new("Finalizers_Inconclusive", Expected.Inconclusive, "kept changing", Sync(Code.Resurrecting.Run), o => o.Judge(ProcessProbes.Timers)),
    ]);

    /// <summary>Theory rows: the same path judged per row; only row 2 leaks.</summary>
    public static IReadOnlyList<(int Id, Expected Expected)> Rows { get; } = [(1, Expected.Pass), (2, Expected.Leak), (3, Expected.Pass)];

    /// <summary>The scenario named <paramref name="name"/>, in <see cref="All"/> or <see cref="ProcessWide"/>.</summary>
    public static Scenario Find(string name) =>
        All.Concat(ProcessWide).SingleOrDefault(s => s.Name == name)
        ?? throw new ArgumentException($"No scenario is named {name}.", nameof(name));

    // The catalog's defaults first, as an assembly-level attribute is applied before the method's.
    private static Scenario[] WithDefaults(Scenario[] scenarios) =>
        [.. scenarios.Select(s => s with { Options = o => s.Options(o.Iterations(Iterations)) })];
}
