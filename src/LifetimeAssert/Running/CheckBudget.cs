namespace LifetimeAssert.Running;

/// <summary>
/// The time budget of one check (<see cref="CheckOptions.TimeBudget"/>): a token that is cancelled when the budget is
/// spent or the test is cancelled, which the runs look at before each run and each sample; the time spent so far; and
/// whether the budget, not the test, stopped the check; and the limit each probe call is given (<see cref="ProbeCalls"/>).
/// The clock is a seam: tests move one by hand.
/// </summary>
internal sealed class CheckBudget : IDisposable
{
    private readonly TimeProvider _clock;
    private readonly long _started;
    private readonly CancellationToken _cancellation;
    private readonly CancellationTokenSource _deadline;
    private readonly CancellationTokenSource _either;

    private CheckBudget(TimeSpan limit, TimeProvider clock, CancellationToken cancellation)
    {
        Limit = limit;
        _clock = clock;
        _cancellation = cancellation;
        _started = clock.GetTimestamp();
        _deadline = new CancellationTokenSource(limit, clock);
        _either = CancellationTokenSource.CreateLinkedTokenSource(cancellation, _deadline.Token);
        ProbeCalls = new ProbeCallLimit(Probe.CallTimeout, clock, _either.Token);
    }

    /// <summary>The budget.</summary>
    public TimeSpan Limit { get; }

    /// <summary>Cancelled when the budget is spent or the test is cancelled: what the runs look at.</summary>
    public CancellationToken Token => _either.Token;

    /// <summary>What every probe call of the check is given: this token and a timeout per call.</summary>
    public ProbeCallLimit ProbeCalls { get; }

    /// <summary>The time since the check started.</summary>
    public TimeSpan Elapsed => _clock.GetElapsedTime(_started);

    /// <summary>True when the budget was spent and the test was not cancelled: the budget stopped the check.</summary>
    public bool IsSpent => _deadline.IsCancellationRequested && !_cancellation.IsCancellationRequested;

    /// <summary>Starts the budget now.</summary>
    /// <param name="limit">The check's time budget.</param>
    /// <param name="clock">The clock: <see cref="TimeProvider.System"/> outside tests.</param>
    /// <param name="cancellation">The test's cancellation, which stays what it is: it is not a spent budget.</param>
    public static CheckBudget Start(TimeSpan limit, TimeProvider clock, CancellationToken cancellation) => new(limit, clock, cancellation);

    public void Dispose()
    {
        ProbeCalls.Dispose();
        _either.Dispose();
        _deadline.Dispose();
    }
}
