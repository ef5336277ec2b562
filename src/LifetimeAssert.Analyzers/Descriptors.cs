using Microsoft.CodeAnalysis;

namespace LifetimeAssert.Analyzers;

/// <summary>
/// The diagnostics the analyzer reports. LA0002 has one descriptor per situation so that each message reads as a
/// sentence; they share the id, title and help link.
/// </summary>
internal static class Descriptors
{
    private const string Category = "Usage";
    // A path in the repository (and the source package) that resolves, unlike an address of a site that does not exist.
    private const string HelpBase = "docs/analyzers.md#";

    private const string NotATestTitle = "[AssertNoLeak] is not on a test of its framework";

    private const string NotATestDescription = "LifetimeAssert.Xunit.AssertNoLeak checks xUnit tests ([Fact], [Theory]), "
        + "LifetimeAssert.NUnit.AssertNoLeak checks NUnit tests ([Test], [TestCase], [TestCaseSource]) and "
        + "LifetimeAssert.MSTest.AssertNoLeak checks MSTest tests ([TestMethod]); on anything else it does nothing.";

    public static readonly DiagnosticDescriptor FrameworkNotRegistered = new(
        DiagnosticIds.FrameworkNotRegistered,
        title: "The LifetimeAssert xUnit test framework is not registered",
        messageFormat: "This check is not scheduled to run alone because the assembly does not register LifetimeAssert.Xunit.LeakTestFramework: "
            + "register it, put the class in a collection with DisableParallelization = true, or set RunAlone = false",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The LifetimeAssert.Xunit package registers its test framework through an MSBuild props file; a ProjectReference, "
            + "LifetimeAssertRegisterTestFramework=false or another registered framework leaves it out. The check still runs, "
            + "but in parallel with other tests, so objects created outside the test's async flow (server pipelines, hosted "
            + "services) are counted only when the class is in a collection with DisableParallelization = true. Register it with "
            + "[assembly: Xunit.TestFramework(typeof(LifetimeAssert.Xunit.LeakTestFramework))].",
        helpLinkUri: HelpBase + "la0001");

    public static readonly DiagnosticDescriptor MethodIsNotATest = new(
        DiagnosticIds.NotATestOfItsFramework,
        NotATestTitle,
        "'{0}' is not an {1} test, so this [AssertNoLeak] checks nothing: add {2}, or remove the attribute",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        NotATestDescription,
        HelpBase + "la0002");

    public static readonly DiagnosticDescriptor ClassHasNoTest = new(
        DiagnosticIds.NotATestOfItsFramework,
        NotATestTitle,
        "'{0}' has no {1} test, so this [AssertNoLeak] checks nothing: add {2} to its tests, or remove the attribute",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        NotATestDescription,
        HelpBase + "la0002");

    public static readonly DiagnosticDescriptor MethodIsOtherFrameworkTest = new(
        DiagnosticIds.NotATestOfItsFramework,
        NotATestTitle,
        "'{0}' is an {1} test but this is the {2} [AssertNoLeak]: use {3}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        NotATestDescription,
        HelpBase + "la0002");

    public static readonly DiagnosticDescriptor ClassHasOtherFrameworkTests = new(
        DiagnosticIds.NotATestOfItsFramework,
        NotATestTitle,
        "'{0}' has {1} tests but this is the {2} [AssertNoLeak]: use {3}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        NotATestDescription,
        HelpBase + "la0002");

    public static readonly DiagnosticDescriptor NothingToJudge = new(
        DiagnosticIds.NothingToJudge,
        title: "[AssertNoLeak] has nothing to judge",
        messageFormat: "The check on '{0}' judges nothing and fails when it runs: set Track, Census or Probes, or Judge a process probe, "
            + "here, on the class or on the assembly",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Track, Census, Probes and Judge of the method, class and assembly [AssertNoLeak] add up; when none of them "
            + "sets anything, the check is rejected before the test runs (\"Nothing is checked\").",
        helpLinkUri: HelpBase + "la0003");

    // The message is the runtime's own text, so the build and a failed test say the same thing.
    public static readonly DiagnosticDescriptor InvalidSampling = new(
        DiagnosticIds.InvalidSampling,
        title: "Iterations and SampleEvery are rejected when the test runs",
        messageFormat: "{0}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The measured runs (Iterations) are split into samples of SampleEvery runs each; Iterations must be a multiple "
            + "of SampleEvery and give at least 3 samples. The nearest level that sets a value wins: method, then class, then assembly.",
        helpLinkUri: HelpBase + "la0004");

    public static readonly DiagnosticDescriptor NotInLeakTestClass = new(
        DiagnosticIds.NotInLeakTestClass,
        title: "A checked MSTest test is not in a [LeakTestClass]",
        messageFormat: "MSTest runs the tests of '{0}' through [{2}], so '{1}' would run once, unchecked: "
            + "replace [{2}] with [LeakTestClass] on '{0}'",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "MSTest runs a test through the test method attribute its class attribute chooses. Only [LeakTestClass] "
            + "(LifetimeAssert.MSTest) hands tests with [AssertNoLeak] or [AssertAllocations] on the method or the class to the "
            + "engine; in a [TestClass] they run once and those attributes do nothing. [LeakTestClass] runs every other test "
            + "exactly as [TestClass] does.",
        helpLinkUri: HelpBase + "la0005");
}
