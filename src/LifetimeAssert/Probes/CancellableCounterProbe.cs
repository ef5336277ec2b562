namespace LifetimeAssert.Probes;

/// <summary>A probe that reads a count from a delegate that takes the call's cancellation.</summary>
internal sealed class CancellableCounterProbe(string name, Func<CancellationToken, long> read) : Probe(name, isProcessWide: true)
{
    protected internal override long Sample() => read(CallCancellation);
}
