using LifetimeAssert.Checks;
using LifetimeAssert.Services;
using LifetimeAssert.Tracking;

namespace LifetimeAssert.Adapters;

/// <summary>
/// One test under the per-test sweep, from <see cref="LeakSweep.Begin"/>: its flow's registrations are its own until
/// <see cref="End"/>, which judges it (if it passed) and always clears what it kept, so nothing is held from one test
/// into the next.
/// </summary>
public sealed class SweptTest
{
    private readonly SweepSession _session;
    private readonly TrackingScope _scope;
    private readonly TrackingScope? _previous;
    private readonly SweptTestFacts _facts;
    private readonly string _fileName;
    private readonly Lazy<EngineServices> _services;
    private readonly bool _isFixture;
    private int _ended;

    internal SweptTest(
        SweepSession session, TrackingScope scope, SweptTestFacts facts, string fileName, Lazy<EngineServices> services, bool isFixture = false, bool entersFlow = true)
    {
        _isFixture = isFixture;
        _session = session;
        _scope = scope;
        _facts = facts;
        _fileName = fileName;
        _services = services;
        if (entersFlow)
        {
            // A fixture named by its framework's context (see AmbientOwners) gets its objects without entering a flow,
            // and does not run as a test does: no test sees it beside itself.
            _previous = scope.Enter();
            ActiveChecks.Enter(scope);
        }
    }

    internal TrackingScope Scope => _scope;

    /// <summary>
    /// Ends the test: when it passed, judges what it left behind (after the test class instance was released, for the
    /// collect level), writes a report with anything to say to <paramref name="output"/>, and attaches a failing one's
    /// file; a failing test keeps its own failure. Clears the test's registrations either way.
    /// </summary>
    /// <param name="testPassed">True when the test passed on its own.</param>
    /// <param name="output">Where the report and its file go.</param>
    /// <returns>The sweep's failure of the test, or null.</returns>
    public CheckFailedException? End(bool testPassed, ICheckOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (Interlocked.Exchange(ref _ended, 1) != 0)
        {
            return null;
        }

        if (ReferenceEquals(TrackingScope.Current, _scope))
        {
            TrackingScope.Restore(_previous);
        }

        ActiveChecks.Exit(_scope);
        try
        {
            if (_scope.Sweep is { Exempt: true })
            {
                _session.RecordExempt();
                return null;
            }

            if (!testPassed)
            {
                _session.RecordNotJudged();
                return null;
            }

            var report = SweepCheck.Judge(_scope, _facts, _services);
            _session.Record(report, _scope, _isFixture);
            if (report.HasNews)
            {
                output.WriteLine(report.ToString());
            }

            if (report.Passed)
            {
                return null;
            }

            foreach (var file in report.WriteFiles(_fileName))
            {
                output.Attach(file);
            }

            return report.CreateFailure();
        }
        finally
        {
            _scope.Dispose();
        }
    }
}
