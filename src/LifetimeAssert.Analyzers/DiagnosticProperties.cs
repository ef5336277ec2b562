namespace LifetimeAssert.Analyzers;

/// <summary>Keys of <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/> that hand a code fix what it needs.</summary>
internal static class DiagnosticProperties
{
    /// <summary>
    /// LA0002: the fully qualified name of the attribute that matches the test's framework; LA0005: that of
    /// <c>[LeakTestClass]</c>.
    /// </summary>
    public const string Replacement = "Replacement";

    /// <summary>LA0004: the nearest valid Iterations above the current value.</summary>
    public const string UpperIterations = "UpperIterations";

    /// <summary>LA0004: the nearest valid Iterations below the current value, when it still gives enough samples.</summary>
    public const string LowerIterations = "LowerIterations";
}
