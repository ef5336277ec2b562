namespace LifetimeAssert;

/// <summary>
/// Takes one sample of every probe: settles the heap on the settling probes, then reads the others once, and records
/// all values together, so every series has the same length whatever fails.
/// </summary>
internal sealed class Sampler
{
    private readonly RecordedProbe[] _probes;
    private readonly RecordedProbe[] _settling;
    private readonly long[] _counts;
    private readonly long[] _scratch;
    private readonly long[] _values;

    public Sampler(RecordedProbe[] probes)
    {
        _probes = probes;
        _settling = probes.Where(p => p.Settles).ToArray();
        _counts = new long[_settling.Length];
        _scratch = new long[_settling.Length];
        _values = new long[probes.Length];
    }

    /// <summary>The samples recorded so far, the baseline included.</summary>
    public int Taken { get; private set; }

    /// <summary>Settles, then records a value for every probe; returns why it could not settle or why a probe could not count, or null.</summary>
    /// <param name="hard">The confirmation's harder settle.</param>
    public Inconclusive? Sample(bool hard = false)
    {
        try
        {
            return SampleAll(hard);
        }
        catch (ProbeInconclusiveException e)
        {
            return new Inconclusive(e.Message);
        }
    }

    private Inconclusive? SampleAll(bool hard)
    {
        var outcome = GcSettler.Settle(ReadSettling, _counts, _scratch, hard);
        if (outcome.AsInconclusive is { } unsettled)
        {
            return unsettled;
        }

        var settled = 0;
        for (var i = 0; i < _probes.Length; i++)
        {
            // Approximate and report-only probes are read once, after the settled ones.
            _values[i] = _probes[i].Settles ? _counts[settled++] : ProbeCalls.Sample(_probes[i].Probe);
        }

        for (var i = 0; i < _probes.Length; i++)
        {
            _probes[i].Record(_values[i]);
        }

        Taken++;
        return null;
    }

    private void ReadSettling(long[] counts)
    {
        for (var i = 0; i < _settling.Length; i++)
        {
            counts[i] = ProbeCalls.Sample(_settling[i].Probe);
        }
    }
}
