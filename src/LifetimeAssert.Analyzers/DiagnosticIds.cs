namespace LifetimeAssert.Analyzers;

/// <summary>The ids of LifetimeAssert's diagnostics; each is documented in docs/analyzers.md.</summary>
internal static class DiagnosticIds
{
    /// <summary>An xUnit <c>[AssertNoLeak]</c> in an assembly that does not register the LifetimeAssert test framework.</summary>
    public const string FrameworkNotRegistered = "LA0001";

    /// <summary><c>[AssertNoLeak]</c> on a method (or class) that is not a test (or has none) of that attribute's framework.</summary>
    public const string NotATestOfItsFramework = "LA0002";

    /// <summary>A checked test for which no level sets anything to judge.</summary>
    public const string NothingToJudge = "LA0003";

    /// <summary>The effective <c>Iterations</c> and <c>SampleEvery</c> are rejected when the test runs.</summary>
    public const string InvalidSampling = "LA0004";

    /// <summary>A checked MSTest test in a class marked <c>[TestClass]</c> (or another test class attribute) instead of <c>[LeakTestClass]</c>.</summary>
    public const string NotInLeakTestClass = "LA0005";
}
