namespace LifetimeAssert.Verdict;

/// <summary>What sets a check's <see cref="DetectionFloor"/>.</summary>
internal enum FloorBound
{
    /// <summary>The first window's runs (Iterations): a slower leak may not grow in it at all.</summary>
    FirstWindow,

    /// <summary>The first window's runs shared out over the allowance (Iterations and AllowedGrowth).</summary>
    Allowance,

    /// <summary>Re-sampling's longest interval, 8k (SampleEvery): a slower leak has samples that do not grow.</summary>
    Resampling,
}
