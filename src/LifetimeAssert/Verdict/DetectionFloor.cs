using LifetimeAssert.Verdict;

namespace LifetimeAssert;

/// <summary>
/// What a check with its options can prove: a leak of <see cref="Objects"/> object(s) in every run, or of one object every
/// <see cref="Runs"/> runs or more often, fails it, and so does a burst of several objects as often; a slower leak may pass.
/// It depends only on the options (Iterations, SampleEvery, AllowedGrowth), so a pass is read as no more than it is.
/// docs/report-format.md says how to lower it.
/// </summary>
public sealed class DetectionFloor
{
    internal DetectionFloor(long objects, int runs, FloorBound bound)
    {
        Objects = objects;
        Runs = runs;
        Bound = bound;
    }

    /// <summary>
    /// The objects the slowest leak sure to fail adds in every <see cref="Runs"/> runs: 1, unless AllowedGrowth is at least
    /// the first window's runs (then <see cref="Runs"/> is 1 and this is the fewest objects per run that exceed it).
    /// </summary>
    public long Objects { get; }

    /// <summary>The runs within which the slowest leak sure to fail adds <see cref="Objects"/> object(s).</summary>
    public int Runs { get; }

    /// <summary>Which option bounds the floor, so the report names the one to change.</summary>
    internal FloorBound Bound { get; }
}
