using System.Reflection;
using LifetimeAssert.Checks;
using LifetimeAssert.Tracking;

namespace LifetimeAssert.Adapters;

/// <summary>The fixtures a framework names from its own context, outside every test's flow (see <see cref="AmbientOwners"/>).</summary>
public sealed partial class LeakSweep
{
    /// <summary>
    /// Sweeps the fixtures a framework names from its own context (NUnit's current test is a fixture while its constructor
    /// and one-time set-up and tear-down run, on whatever thread): what is registered outside every test's flow while
    /// <paramref name="currentFixture"/> names a fixture is that fixture's, judged by <see cref="EndFixtures"/>.
    /// </summary>
    /// <param name="currentFixture">The fixture the calling code runs for, or null. It is called on every registration outside every test's flow, so keep it cheap.</param>
    public void SweepFixturesBy(Func<TestName?> currentFixture)
    {
        ArgumentNullException.ThrowIfNull(currentFixture);
        if (Level == SweepLevel.Off)
        {
            return;
        }

        AmbientOwners.Add(() => currentFixture() is { } name ? FixtureScope(name) : null);
    }

    /// <summary>
    /// Sweeps, as <see cref="SweepFixturesBy"/> does, the fixtures of a test assembly whose sweep may not exist yet: the
    /// sweep is looked up (and its level read) only when <paramref name="currentFixture"/> first names a fixture, so this
    /// can be called before the run's level is set (MSTest's assembly and class initialization run before any hook of a
    /// test). Nothing is swept when the assembly has no sweep attribute, its level is off or its settings are invalid
    /// (every test reports those).
    /// </summary>
    /// <param name="testAssembly">The test assembly.</param>
    /// <param name="currentFixture">The fixture the calling code runs for, or null; called on every registration outside every test's flow.</param>
    public static void SweepFixturesOf(Assembly testAssembly, Func<TestName?> currentFixture)
    {
        ArgumentNullException.ThrowIfNull(testAssembly);
        ArgumentNullException.ThrowIfNull(currentFixture);
        AmbientOwners.Add(() => currentFixture() is { } name && SweepingOf(testAssembly) is { } sweep ? sweep.FixtureScope(name) : null);
    }

    /// <summary>
    /// Judges the fixtures swept by <see cref="SweepFixturesBy"/>, once every one of them has ended (torn down and
    /// disposed): a leaking one's report goes to <paramref name="output"/> and its failure is returned.
    /// </summary>
    /// <param name="output">Where the reports and their files go.</param>
    /// <returns>One failure for each fixture that left something behind.</returns>
    public IReadOnlyList<CheckFailedException> EndFixtures(ICheckOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var failures = new List<CheckFailedException>();
        foreach (var name in _ambientFixtures.Keys.Order(StringComparer.Ordinal))
        {
            if (_ambientFixtures.TryRemove(name, out var fixture) && fixture.Value.End(testPassed: true, output) is { } failure)
            {
                failures.Add(failure);
            }
        }

        return failures;
    }

    /// <summary>
    /// Judges the fixtures of every sweep of the run (see <see cref="EndFixtures"/>) that are not judged yet: for a test
    /// platform whose framework has no hook after its fixtures end (MSTest), at the end of the run's session.
    /// </summary>
    /// <param name="output">Where the reports and their files go.</param>
    /// <returns>One failure for each fixture that left something behind; its message is the report, naming the fixture.</returns>
    public static IReadOnlyList<CheckFailedException> EndAllFixtures(ICheckOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return [.. Sweeps.Values.SelectMany(sweep => sweep.EndFixtures(output))];
    }

    private static LeakSweep? SweepingOf(Assembly testAssembly)
    {
        try
        {
            return Of(testAssembly) is { Level: not SweepLevel.Off } sweep ? sweep : null;
        }
        catch (LeakConfigurationException)
        {
            return null;
        }
    }

    private TrackingScope FixtureScope(TestName name) =>
        _ambientFixtures.GetOrAdd(name.FileName, _ => new(() => NewFixture(name.Subject, name.FileName, entersFlow: false))).Value.Scope;

    // A fixture is judged on disposal only: it lives for many tests, so nothing it holds is expected collected.
    private SweptTest NewFixture(string name, string fileName, bool entersFlow)
    {
        StartSession();
        var scope = new TrackingScope(runsAlone: false, new SweepPolicy([], KeepsCollected: false));
        var facts = new SweptTestFacts(name, SweepLevel.Dispose, null, _session.BaselinedTypes(name));
        return new SweptTest(_session, scope, facts, fileName, _services, isFixture: true, entersFlow);
    }

    // What the summary's writer gets of a fixture judged only when the summary is written: its report; its file is
    // written to the results folder, with nothing to attach it to.
    private sealed class SummaryOutput(Action<string> writeLine) : ICheckOutput
    {
        public void WriteLine(string text) => writeLine(text);

        public void Attach(ReportFile file)
        {
        }
    }
}
