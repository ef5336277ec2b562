using System.Collections.Generic;
using LifetimeAssert.Configuration;

namespace LifetimeAssert.Analyzers;

/// <summary>
/// The problems LA0004 reports for Iterations and SampleEvery: the runtime's own checks (<see cref="OptionRules"/>, the
/// same source file), in the order the runtime lists them.
/// </summary>
internal static class SamplingRules
{
    public static List<SamplingProblem> Check(int iterations, int sampleEvery)
    {
        var problems = new List<SamplingProblem>();
        if (OptionRules.IterationsProblem(iterations) is { } iterationsProblem)
        {
            problems.Add(new SamplingProblem(iterationsProblem));
        }

        problems.AddRange(OptionRules.SampleEveryProblems(iterations, sampleEvery));
        return problems;
    }
}
