namespace LifetimeAssert.Verdict;

/// <summary>
/// The verdict rule for one window: a probe is a leak candidate only when every sample grew and the net
/// growth exceeds the allowance; net growth with flat samples is intermittent and gets re-sampled.
/// </summary>
internal static class GrowthClassifier
{
    /// <summary>Classifies the growths of <paramref name="window"/> in <paramref name="series"/>.</summary>
    /// <remarks>Called after every sample for every probe, so it reads the series in place and allocates nothing.</remarks>
    public static GrowthKind Classify(IReadOnlyList<long> series, JudgedWindow window, long allowedGrowth)
    {
        var samples = window.Samples;
        var net = samples > 0 ? series[window.End] - series[window.Point(samples)] : 0;
        var everyGrew = samples > 0;
        for (var back = 0; back < samples; back++)
        {
            everyGrew &= SampleGrowth.Grew(series[window.Point(back + 1)], series[window.Point(back)]);
        }

        if (net <= allowedGrowth)
        {
            return GrowthKind.Flat;
        }

        return everyGrew ? GrowthKind.Steady : GrowthKind.Intermittent;
    }

    /// <summary>
    /// The sampling interval for re-sampling an intermittent probe: at least one leak period per sample, a
    /// power-of-two multiple of the first interval, at least double and at most eight times it. The period is estimated
    /// from the samples that grew, not from the net growth: each of them holds at least one leak event, so a leak of one
    /// event every p ≤ runs runs grows in at most runs/p + 1 ≤ 2·runs/p samples, and 2·runs/grown is at least p however
    /// many objects an event adds (net growth would read a burst of several objects as several events spread out).
    /// </summary>
    /// <param name="sampleEvery">k, the first window's runs per sample.</param>
    /// <param name="samplesThatGrew">How many samples of the judged window grew.</param>
    /// <param name="runs">The runs the judged window spans.</param>
    public static int ResampleInterval(int sampleEvery, int samplesThatGrew, int runs)
    {
        var period = samplesThatGrew > 0 ? (int)Math.Ceiling(2.0 * runs / samplesThatGrew) : int.MaxValue;
        var interval = sampleEvery * 2;
        while (interval < period && interval < sampleEvery * MaxResampleFactor)
        {
            interval *= 2;
        }

        return interval;
    }

    internal const int MaxResampleFactor = 8;
}
