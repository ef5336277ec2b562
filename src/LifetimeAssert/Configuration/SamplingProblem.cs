namespace LifetimeAssert.Configuration;

/// <summary>One reason Iterations and SampleEvery are rejected, with the Iterations values a code fix may offer.</summary>
internal sealed class SamplingProblem
{
    public SamplingProblem(string message, int? upperIterations = null, int? lowerIterations = null)
    {
        Message = message;
        UpperIterations = upperIterations;
        LowerIterations = lowerIterations;
    }

    /// <summary>The text, word for word as the runtime and the build show it.</summary>
    public string Message { get; }

    /// <summary>The next multiple of SampleEvery, when it is within the bounds.</summary>
    public int? UpperIterations { get; }

    /// <summary>The previous multiple, when it gives enough samples.</summary>
    public int? LowerIterations { get; }
}
