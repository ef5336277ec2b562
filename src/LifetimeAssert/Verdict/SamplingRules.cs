namespace LifetimeAssert;

/// <summary>The numbers a verdict is judged with: the window's length, its spacing, and the growth allowed.</summary>
/// <param name="Samples">R, the samples of a judged window.</param>
/// <param name="SampleEvery">k, the runs between two samples of the first window.</param>
/// <param name="AllowedGrowth">Net growth over a window that is not a leak.</param>
internal readonly record struct SamplingRules(int Samples, int SampleEvery, long AllowedGrowth)
{
    /// <summary>The first window may be extended up to this many times its length while a probe keeps growing.</summary>
    public const int MaxExtensionFactor = 3;

    public static SamplingRules From(LeakOptions options) => new(options.Samples, options.SampleEvery, options.AllowedGrowth);
}
