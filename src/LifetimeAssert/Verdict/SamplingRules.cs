namespace LifetimeAssert.Verdict;

/// <summary>The numbers a verdict is judged with: the window's length, its spacing, and the growth allowed.</summary>
/// <param name="Samples">R, the samples of a judged window.</param>
/// <param name="SampleEvery">k, the runs between two samples of the first window.</param>
/// <param name="AllowedGrowth">Net growth over a window that is not a leak.</param>
internal readonly record struct SamplingRules(int Samples, int SampleEvery, long AllowedGrowth)
{
    /// <summary>
    /// The extension samples this many times further apart than the first window, so the extended window of R samples
    /// spans this many times the first window's runs, in ⌈2R/3⌉ more samples instead of 2R.
    /// </summary>
    public const int ExtensionSpacing = 3;

    /// <summary>How many samples the extension adds at most: enough for R samples, <see cref="ExtensionSpacing"/>·k apart, since the baseline.</summary>
    public int ExtensionSamples => (Samples * (ExtensionSpacing - 1) + ExtensionSpacing - 1) / ExtensionSpacing;

    /// <summary>The runs before sample <paramref name="sample"/> of the first window or its extension (sample 0 is the baseline).</summary>
    public int RunsBefore(int sample) => sample <= Samples ? SampleEvery : SampleEvery * ExtensionSpacing;

    /// <summary>The judged window of the first window (or its extension) that ends at sample <paramref name="end"/>.</summary>
    public JudgedWindow FirstWindow(int end) =>
        end <= Samples
            ? JudgedWindow.Last(end, Samples, SampleEvery)
            : JudgedWindow.Spaced(end, Samples, SampleEvery * ExtensionSpacing, junction: Samples, stride: ExtensionSpacing);

    /// <summary>
    /// The most runs a check with these rules takes, <paramref name="warmup"/> included: the first window (R·k), its
    /// extension (⌈2R/3⌉ samples of 3k runs), re-sampling (R samples of at most 8k runs) and the confirmation (at most 8k
    /// runs). In long, so it cannot overflow whatever the options; within the options' bounds it stays below 1.5 million.
    /// </summary>
    public long MaximumRuns(int warmup) =>
        warmup
        + ((long)Samples * SampleEvery)
        + ((long)ExtensionSamples * SampleEvery * ExtensionSpacing)
        + ((long)Samples * SampleEvery * GrowthClassifier.MaxResampleFactor)
        + ((long)SampleEvery * GrowthClassifier.MaxResampleFactor);

    /// <summary>
    /// The detection floor: a leak of one object every p ≤ N runs fails, N = min(⌊R·k/(a+1)⌋, 8k), and so does one that
    /// adds a burst of several objects every p ≤ N runs. It grows by at least ⌊R·k/p⌋ ≥ a+1 over the first window, so it is not
    /// flat (rule 3). If a sample did not grow, rule 4 re-samples at its period estimate 2·runs/g, g the samples that grew,
    /// which is at least p (each of them holds a leak event, and runs ≥ p hold at most runs/p + 1 ≤ 2·runs/p events),
    /// raised to a power-of-two multiple of k and capped at 8k ≥ p: each re-sample holds an event, and the R of them more
    /// than a objects. A slower leak may fall between the first window's samples or between re-sampling's. When a ≥ R·k
    /// even one object per run stays within the allowance: the floor is then the fewest objects per run that exceed it.
    /// </summary>
    public DetectionFloor Floor
    {
        get
        {
            var windowRuns = (long)Samples * SampleEvery;
            var perObject = windowRuns / (AllowedGrowth + 1);
            var resampleReach = (long)SampleEvery * GrowthClassifier.MaxResampleFactor;
            return perObject == 0 ? new DetectionFloor((AllowedGrowth / windowRuns) + 1, 1, FloorBound.Allowance)
                : perObject > resampleReach ? new DetectionFloor(1, (int)resampleReach, FloorBound.Resampling)
                : new DetectionFloor(1, (int)perObject, AllowedGrowth > 0 ? FloorBound.Allowance : FloorBound.FirstWindow);
        }
    }

    public static SamplingRules From(LeakOptions options) => new(options.Samples, options.SampleEvery, options.AllowedGrowth);
}
