using System.Globalization;

using LifetimeAssert.Verdict;

namespace LifetimeAssert.Reporting;

/// <summary>The words of a passing report's <c>floor:</c> line: the slowest leak the check was sure to fail, and what lowers it.</summary>
internal static class FloorText
{
    /// <summary>For the defaults: <c>a leak of 1 object every 12 runs would fail; a slower one may pass (raise Iterations to see slower ones)</c>.</summary>
    public static string Write(DetectionFloor floor)
    {
        var objects = floor.Objects == 1 ? "1 object" : string.Create(CultureInfo.InvariantCulture, $"{floor.Objects} objects");
        var runs = floor.Runs == 1 ? "run" : string.Create(CultureInfo.InvariantCulture, $"{floor.Runs} runs");
        return $"a leak of {objects} every {runs} would fail; a slower one may pass ({Lever(floor.Bound)} to see slower ones)";
    }

    private static string Lever(FloorBound bound) => bound switch
    {
        FloorBound.Resampling => "raise SampleEvery",
        FloorBound.Allowance => "lower AllowedGrowth or raise Iterations",
        _ => "raise Iterations",
    };
}
