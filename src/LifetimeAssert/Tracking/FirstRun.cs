namespace LifetimeAssert.Tracking;

/// <summary>
/// Records which types a test registers on the run its framework makes before the check starts (xUnit runs the test
/// once, then its after-test attributes): a lazy singleton created on that run then counts as seen, as it would in
/// the check's own warm-up, instead of making the check look as if it checks nothing. When the test runs alone, objects
/// registered outside its flow (a server's lazily created singleton) count as seen too.
/// </summary>
internal sealed class FirstRun : IDisposable
{
    private readonly TrackingScope _scope;
    private readonly TrackingScope? _previous;
    private readonly CancellationTokenRegistration _cancelled;
    private bool _ended;

    private FirstRun(bool runsAlone, CancellationToken testCancellation)
    {
        _scope = new TrackingScope(runsAlone);
        _previous = _scope.Enter();
        ActiveChecks.Enter(_scope);
        _cancelled = ActiveChecks.ExitWhenCancelled(_scope, testCancellation);
    }

    /// <summary>Starts recording in the calling flow; call from a synchronous method so the flow keeps it.</summary>
    /// <param name="runsAlone">True when no other test runs beside this one, so off-flow registrations are its own.</param>
    /// <param name="testCancellation">
    /// The test's cancellation: once cancelled (the test timed out), the run stops counting as a running check even if it
    /// never returns and <see cref="End"/> is never called, so later tests' off-flow objects are theirs again.
    /// </param>
    public static FirstRun Start(bool runsAlone, CancellationToken testCancellation) => new(runsAlone, testCancellation);

    /// <summary>Stops recording, frees the handles and returns the types registered meanwhile.</summary>
    public IReadOnlyList<Type> End()
    {
        if (_ended)
        {
            return [];
        }

        _ended = true;
        _cancelled.Dispose();
        var seen = _scope.SeenTypes();
        ActiveChecks.Exit(_scope);
        TrackingScope.Restore(_previous);
        _scope.Dispose();
        return seen;
    }

    public void Dispose() => End();
}
