namespace LifetimeAssert.Analyzers;

/// <summary>One reason the runtime rejects Iterations and SampleEvery, with the values a code fix may set.</summary>
internal sealed class SamplingProblem
{
    public SamplingProblem(string message, int? upperIterations = null, int? lowerIterations = null)
    {
        Message = message;
        UpperIterations = upperIterations;
        LowerIterations = lowerIterations;
    }

    /// <summary>The runtime's text, word for word.</summary>
    public string Message { get; }

    public int? UpperIterations { get; }

    public int? LowerIterations { get; }
}
