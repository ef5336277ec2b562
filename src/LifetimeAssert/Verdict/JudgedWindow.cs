namespace LifetimeAssert.Verdict;

/// <summary>
/// The samples a probe is judged on: <paramref name="Samples"/> growths, <paramref name="RunsPerSample"/> runs apart,
/// ending at sample <paramref name="End"/>. The samples after <paramref name="Junction"/> are consecutive in the series;
/// before it the window takes every <paramref name="Stride"/>-th one (an extended window: its new samples are spaced
/// further apart, so it keeps every third sample of the first window to stay evenly spaced).
/// </summary>
/// <param name="End">Index of the window's last sample in the series.</param>
/// <param name="Samples">How many growths the window holds (the sample before the first is its start).</param>
/// <param name="RunsPerSample">Runs between two samples of the window.</param>
/// <param name="Junction">Samples at or after this index are consecutive; 0 for a window that is consecutive throughout.</param>
/// <param name="Stride">The step between the window's samples before <paramref name="Junction"/>.</param>
internal readonly record struct JudgedWindow(int End, int Samples, int RunsPerSample, int Junction = 0, int Stride = 1)
{
    /// <summary>The <paramref name="samples"/> consecutive growths that end at sample <paramref name="end"/> (fewer when the series is shorter).</summary>
    public static JudgedWindow Last(int end, int samples, int runsPerSample) =>
        new(end, Math.Max(0, Math.Min(samples, end)), runsPerSample);

    /// <summary>Up to <paramref name="samples"/> growths ending at <paramref name="end"/>: consecutive down to <paramref name="junction"/>, every <paramref name="stride"/>-th sample before it.</summary>
    public static JudgedWindow Spaced(int end, int samples, int runsPerSample, int junction, int stride)
    {
        var available = (end - junction) + (junction / stride);
        return new(end, Math.Max(0, Math.Min(samples, available)), runsPerSample, junction, stride);
    }

    /// <summary>The series index of the window's sample <paramref name="back"/> steps before its end (0 is the end, <see cref="Samples"/> the start).</summary>
    public int Point(int back) =>
        End - back >= Junction ? End - back : Junction - ((back - (End - Junction)) * Stride);

    public long[] Deltas(IReadOnlyList<long> values)
    {
        var deltas = new long[Samples];
        for (var i = 0; i < Samples; i++)
        {
            var back = Samples - 1 - i;
            deltas[i] = values[Point(back)] - values[Point(back + 1)];
        }

        return deltas;
    }

    /// <summary>How many of the window's samples grew (<see cref="SampleGrowth.Grew"/>).</summary>
    public int GrowingSamples(IReadOnlyList<long> values)
    {
        var grew = 0;
        for (var back = 0; back < Samples; back++)
        {
            grew += SampleGrowth.Grew(values[Point(back + 1)], values[Point(back)]) ? 1 : 0;
        }

        return grew;
    }

    /// <summary>The value just before the window, or 0 for an empty series.</summary>
    public long StartValue(IReadOnlyList<long> values) => End >= 0 ? values[Point(Samples)] : 0;

    public GrowthKind Growth(IReadOnlyList<long> values, long allowedGrowth) =>
        End >= 0 ? GrowthClassifier.Classify(values, this, allowedGrowth) : GrowthKind.Flat;
}
