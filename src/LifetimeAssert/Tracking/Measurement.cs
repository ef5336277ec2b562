namespace LifetimeAssert.Tracking;

/// <summary>
/// An allocation check's place among the running checks (<see cref="ActiveChecks.EnterMeasurement"/>): it leaves once,
/// when the check ends or when its cancellation is cancelled, whichever comes first.
/// </summary>
internal sealed class Measurement : IDisposable
{
    private readonly CancellationTokenRegistration _cancelled;
    private int _exited;

    public Measurement(CancellationToken cancellation) =>
        _cancelled = cancellation.UnsafeRegister(static m => ((Measurement)m!).Exit(), this);

    public void Dispose()
    {
        _cancelled.Dispose();
        Exit();
    }

    private void Exit()
    {
        if (Interlocked.Exchange(ref _exited, 1) == 0)
        {
            ActiveChecks.ExitMeasurement();
        }
    }
}
