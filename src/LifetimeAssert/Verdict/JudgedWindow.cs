namespace LifetimeAssert;

/// <summary>The samples a probe is judged on: <paramref name="Samples"/> growths ending at sample <paramref name="End"/>.</summary>
/// <param name="End">Index of the window's last sample in the series.</param>
/// <param name="Samples">How many growths the window holds (the series' values before it are its start).</param>
/// <param name="RunsPerSample">Runs between two samples of the window.</param>
internal readonly record struct JudgedWindow(int End, int Samples, int RunsPerSample)
{
    /// <summary>The <paramref name="samples"/> growths that end at sample <paramref name="end"/> (fewer when the series is shorter).</summary>
    public static JudgedWindow Last(int end, int samples, int runsPerSample) =>
        new(end, Math.Max(0, Math.Min(samples, end)), runsPerSample);

    public long[] Deltas(IReadOnlyList<long> values)
    {
        var deltas = new long[Samples];
        for (var i = 0; i < Samples; i++)
        {
            var at = End - Samples + i + 1;
            deltas[i] = values[at] - values[at - 1];
        }

        return deltas;
    }

    /// <summary>The value just before the window, or 0 for an empty series.</summary>
    public long StartValue(IReadOnlyList<long> values) => End >= 0 ? values[End - Samples] : 0;

    public GrowthKind Growth(IReadOnlyList<long> values, long allowedGrowth) =>
        End >= 0 ? GrowthClassifier.Classify(values, End, Samples, allowedGrowth) : GrowthKind.Flat;
}
