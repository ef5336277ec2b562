namespace LifetimeAssert.Probes;

/// <summary>A probe that reads a count from a delegate.</summary>
internal sealed class CounterProbe(string name, Func<long> read, bool isProcessWide) : Probe(name, isProcessWide)
{
    protected internal override long Sample() => read();
}
