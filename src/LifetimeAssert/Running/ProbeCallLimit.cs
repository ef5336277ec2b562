namespace LifetimeAssert.Running;

/// <summary>
/// The cancellation every probe call of one check is given: the check's own (the test's cancellation and the time
/// budget) and a timer of <see cref="Probe.CallTimeout"/> armed for the length of each call, on the check's clock. A
/// call that ran past it has timed out, whether it noticed or not. One timer serves every call, so arming it allocates
/// nothing.
/// </summary>
internal sealed class ProbeCallLimit : IDisposable
{
    private readonly CancellationToken _check;
    private readonly CancellationTokenSource _call;
    private readonly CancellationTokenSource _either;

    public ProbeCallLimit(TimeSpan limit, TimeProvider clock, CancellationToken check)
    {
        Limit = limit;
        _check = check;
        _call = new CancellationTokenSource(Timeout.InfiniteTimeSpan, clock);
        _either = CancellationTokenSource.CreateLinkedTokenSource(check, _call.Token);
    }

    /// <summary>The longest one call may take.</summary>
    public TimeSpan Limit { get; }

    /// <summary>The check's own cancellation: a call it stopped is the check's end, not the probe's failure.</summary>
    public CancellationToken Check => _check;

    /// <summary>Arms the timer for one call and returns the token the probe is given.</summary>
    public CancellationToken Begin()
    {
        _call.CancelAfter(Limit);
        return _either.Token;
    }

    /// <summary>Disarms the timer; true when the call ran past the limit.</summary>
    public bool End()
    {
        _call.CancelAfter(Timeout.InfiniteTimeSpan);
        return _call.IsCancellationRequested;
    }

    public void Dispose()
    {
        _either.Dispose();
        _call.Dispose();
    }
}
