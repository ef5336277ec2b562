namespace LifetimeAssert;

/// <summary>The settled counts of one probe, in the order they were sampled, with the runs between them.</summary>
internal sealed class ProbeSeries
{
    private readonly List<long> _values = [];
    private readonly List<int> _runsBefore = [];

    public IReadOnlyList<long> Values => _values;

    public int Count => _values.Count;

    public long Last => _values[^1];

    public void Add(long value, int runsBefore)
    {
        _values.Add(value);
        _runsBefore.Add(runsBefore);
    }

    /// <summary>The last <paramref name="samples"/> growths (each sample minus the one before).</summary>
    public long[] LastDeltas(int samples)
    {
        var available = Math.Min(samples, _values.Count - 1);
        var deltas = new long[Math.Max(available, 0)];
        for (var i = 0; i < deltas.Length; i++)
        {
            var at = _values.Count - deltas.Length + i;
            deltas[i] = _values[at] - _values[at - 1];
        }

        return deltas;
    }

    /// <summary>The count just before the last <paramref name="samples"/> growths.</summary>
    public long ValueBeforeLast(int samples) => _values[Math.Max(_values.Count - 1 - samples, 0)];
}
