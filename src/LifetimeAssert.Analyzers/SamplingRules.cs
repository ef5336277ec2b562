using System;
using System.Collections.Generic;
using System.Globalization;

namespace LifetimeAssert.Analyzers;

/// <summary>
/// The runtime's checks of Iterations and SampleEvery (LeakOptionsValidator), in the same order, with the same texts
/// and the same int arithmetic, so the build reports exactly what the test would fail with.
/// </summary>
internal static class SamplingRules
{
    /// <summary>Samples below this cannot tell steady growth from noise.</summary>
    public const int MinimumSamples = 3;

    public const int MaximumIterations = 100_000;

    public static List<SamplingProblem> Check(int iterations, int sampleEvery)
    {
        var problems = new List<SamplingProblem>();
        if (iterations <= 0 || iterations > MaximumIterations)
        {
            problems.Add(new SamplingProblem(Invariant($"Iterations is {iterations}; it must be between 1 and {MaximumIterations}.")));
        }

        if (sampleEvery <= 0)
        {
            problems.Add(new SamplingProblem(Invariant($"SampleEvery is {sampleEvery}; it must be 1 or more.")));
        }
        else if (iterations > 0)
        {
            CheckSampling(iterations, sampleEvery, problems);
        }

        return problems;
    }

    private static void CheckSampling(int iterations, int sampleEvery, List<SamplingProblem> problems)
    {
        if (iterations % sampleEvery != 0)
        {
            var lower = iterations / sampleEvery * sampleEvery;
            var upper = unchecked(lower + sampleEvery);
            var lowerOffered = lower >= unchecked(MinimumSamples * sampleEvery);
            var choices = lowerOffered ? Invariant($"{lower} or {upper}") : Invariant($"{upper}");
            problems.Add(new SamplingProblem(
                Invariant($"Iterations ({iterations}) must be a multiple of SampleEvery ({sampleEvery}): use {choices}."),
                upperIterations: upper > lower ? upper : null,
                lowerIterations: lowerOffered && lower > 0 ? lower : null));
        }
        else if (iterations / sampleEvery < MinimumSamples)
        {
            problems.Add(new SamplingProblem(Invariant(
                $"Iterations ({iterations}) with SampleEvery ({sampleEvery}) gives {iterations / sampleEvery} sample(s); at least {MinimumSamples} are needed: use Iterations = {unchecked(MinimumSamples * sampleEvery)} or more.")));
        }
    }

    // The runtime formats with the current culture, in which integers print as plain digits for the cultures test
    // runners use; the build pins the invariant culture so its text never depends on the machine's settings.
    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
