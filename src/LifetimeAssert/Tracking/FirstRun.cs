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
    private bool _ended;

    private FirstRun(bool runsAlone)
    {
        _scope = new TrackingScope(runsAlone);
        _previous = _scope.Enter();
        ActiveChecks.Enter(_scope);
    }

    /// <summary>Starts recording in the calling flow; call from a synchronous method so the flow keeps it.</summary>
    /// <param name="runsAlone">True when no other test runs beside this one, so off-flow registrations are its own.</param>
    public static FirstRun Start(bool runsAlone) => new(runsAlone);

    /// <summary>Stops recording, frees the handles and returns the types registered meanwhile.</summary>
    public IReadOnlyList<Type> End()
    {
        if (_ended)
        {
            return [];
        }

        _ended = true;
        var seen = _scope.SeenTypes();
        ActiveChecks.Exit(_scope);
        TrackingScope.Restore(_previous);
        _scope.Dispose();
        return seen;
    }

    public void Dispose() => End();
}
