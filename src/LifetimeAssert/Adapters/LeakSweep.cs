using System.Collections.Concurrent;
using System.Reflection;
using LifetimeAssert.Attributes;
using LifetimeAssert.Checks;
using LifetimeAssert.Files;
using LifetimeAssert.Reporting;
using LifetimeAssert.Services;
using LifetimeAssert.Tracking;

namespace LifetimeAssert.Adapters;

/// <summary>
/// The per-test sweep of one test assembly (<c>[assembly: LeakSweep]</c>), for a test-framework adapter: it begins a
/// test in the test's own flow, ends it after the test (and its class instance) are done, and writes the run's summary.
/// What an adapter needs from the engine to sweep; not needed to write tests.
/// </summary>
public sealed partial class LeakSweep
{
    private static readonly ConcurrentDictionary<Assembly, LeakSweep> Sweeps = new();

    private readonly SweepSession _session;
    private readonly Lazy<EngineServices> _services = new(EngineServices.Resolve);
    private readonly ConcurrentDictionary<string, Lazy<SweptTest>> _ambientFixtures = new(StringComparer.Ordinal);
    private int _finished;

    private LeakSweep(SweepSession session) => _session = session;

    /// <summary>
    /// Sets the level of every sweep of this run, over <c>LIFETIMEASSERT_SWEEP</c> and the attribute: a test platform's
    /// command-line option (Microsoft.Testing.Platform's <c>--leak-sweep</c>). Call it before the first test runs.
    /// </summary>
    /// <param name="level">The level.</param>
    public static void SetLevelForRun(SweepLevel level) => Configuration.SweepSettings.CommandLineLevel = level;

    /// <summary>A level as a user writes it: <c>off</c>, <c>dispose</c> or <c>collect</c>, in any case; null for anything else.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The level, or null.</returns>
    public static SweepLevel? ParseLevel(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Configuration.SweepSettings.ParseLevel(text);
    }

    /// <summary>Writes the summary of every sweep of the run that has not written it yet (see <see cref="Finish"/>).</summary>
    /// <param name="writeLine">Where the summaries' text goes.</param>
    public static void FinishAll(Action<string> writeLine)
    {
        foreach (var sweep in Sweeps.Values)
        {
            sweep.Finish(writeLine);
        }
    }

    /// <summary>The level every test is swept at.</summary>
    public SweepLevel Level => _session.Settings.Level;

    /// <summary>The sweep of a test assembly, or null when it carries no sweep attribute.</summary>
    /// <param name="testAssembly">The test assembly.</param>
    /// <returns>The sweep (one per assembly for the whole run), or null.</returns>
    /// <exception cref="LeakConfigurationException">The run's level or baseline is invalid: fail the test with it.</exception>
    public static LeakSweep? Of(Assembly testAssembly)
    {
        ArgumentNullException.ThrowIfNull(testAssembly);
        return SweepSession.For(testAssembly) is { } session ? Sweeps.GetOrAdd(testAssembly, _ => new LeakSweep(session)) : null;
    }

    /// <summary>
    /// Begins sweeping a test in the calling flow: what the test's flow registers from now on is its own. Call it from the
    /// flow the test runs in (synchronously, or from an async method that then runs the test).
    /// </summary>
    /// <param name="method">The test method.</param>
    /// <param name="testClass">The test class.</param>
    /// <param name="name">What the report calls the test and the name its files get.</param>
    /// <param name="runsAlone">True when the framework runs the test with no other test beside it: objects registered outside its flow are then its own.</param>
    /// <returns>The swept test (a test marked <see cref="LeakSweepSkipAttribute"/> is swept as exempt); null when the level is off.</returns>
    /// <exception cref="LeakConfigurationException">A sweep marker on the test has no reason: fail the test with it.</exception>
    public SweptTest? Begin(MethodInfo method, Type testClass, TestName name, bool runsAlone)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(testClass);
        ArgumentNullException.ThrowIfNull(name);
        if (Level == SweepLevel.Off)
        {
            return null;
        }

        StartSession();
        var (skip, expected) = SweepAttributes.Markers(method, testClass);
        if (string.IsNullOrWhiteSpace(skip?.Reason ?? "reason") || string.IsNullOrWhiteSpace(expected?.Reason ?? "reason"))
        {
            throw new LeakConfigurationException(
                [$"{(skip is not null ? "[LeakSweepSkip]" : "[LeakSweepExpected]")} on {name.Subject} has no reason; say why, for the next reader."], "sweep");
        }

        // An exempt test still gets a scope: what its flow registers is its own, kept by nobody and blamed on no one.
        var scope = new TrackingScope(runsAlone, new SweepPolicy(_session.Settings.Collect, Level == SweepLevel.Collect, Exempt: skip is not null));
        var facts = new SweptTestFacts(name.Subject, Level, expected?.Reason, _session.BaselinedTypes(name.Subject));
        return new SweptTest(_session, scope, facts, name.FileName, _services);
    }

    /// <summary>
    /// Begins sweeping a fixture (a class fixture, a one-time set-up) in the calling flow: what its flow registers from now
    /// on is its own, not any test's, and must be disposed when it ends. Call it from the flow the fixture is created in.
    /// </summary>
    /// <param name="name">What the report calls the fixture, such as <c>OrderTests (class fixtures)</c>.</param>
    /// <param name="fileName">The name its report file gets.</param>
    /// <returns>The swept fixture; end it with <see cref="SweptTest.End"/> once the fixture is disposed; null when the level is off.</returns>
    public SweptTest? BeginFixture(string name, string fileName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        if (Level == SweepLevel.Off)
        {
            return null;
        }

        return NewFixture(name, fileName, entersFlow: true);
    }

    private void StartSession()
    {
        if (_session.Start())
        {
            Console.Out.WriteLine(SweepSummaryText.Banner(_session.AssemblyName, Level, _session.Settings.LevelSource, HooksLoaded()));
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Finish();
        }
    }

    /// <summary>
    /// Writes the run's summary (once; it is also written when the process exits): as text to <paramref name="writeLine"/>
    /// (the console when null), as JSON under the results folder, as a Markdown table appended to
    /// <c>$GITHUB_STEP_SUMMARY</c> when that is set; and, with <c>LIFETIMEASSERT_SWEEP_BASELINE=update</c>, the baseline.
    /// A fixture swept by <see cref="SweepFixturesBy"/> that nothing judged yet is judged first: its report is written
    /// before the summary and counted in it, but fails nothing.
    /// </summary>
    /// <param name="writeLine">Where the summary's text goes.</param>
    public void Finish(Action<string>? writeLine = null)
    {
        if (!_session.Started || Interlocked.Exchange(ref _finished, 1) != 0)
        {
            return;
        }

        var write = writeLine ?? Console.Out.WriteLine;
        EndFixtures(new SummaryOutput(write));
        var summary = _session.Summary();
        write(SweepSummaryText.Text(summary));
        TryWrite(() => ResultFiles.WritePrivately(Path.Combine(ResultFiles.EnsureFolder(out _), summary.Assembly + ".sweep.json"), SweepSummaryText.JsonDocument(summary)));
        if (Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY") is { Length: > 0 } stepSummary)
        {
            TryWrite(() => File.AppendAllText(stepSummary, SweepSummaryText.Markdown(summary) + Environment.NewLine));
        }

        if (_session.Settings.UpdateBaseline)
        {
            TryWrite(() => SweepBaseline.Write(_session.Settings.BaselinePath, summary.Leaks));
        }
    }

    private static IEnumerable<string> HooksLoaded() =>
        AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.IsDefined(typeof(LifetimeAssertComponentAttribute), inherit: false))
            .Select(a => a.GetName().Name ?? "?")
            .Where(n => n is not ("LifetimeAssert" or "LifetimeAssert.Xunit" or "LifetimeAssert.NUnit" or "LifetimeAssert.MSTest"))
            .Order(StringComparer.Ordinal);

    // The summary never fails the run's last moments: a file that cannot be written is skipped.
    private static void TryWrite(Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine("LifetimeAssert sweep: could not write its summary file: " + e.Message);
        }
    }
}
