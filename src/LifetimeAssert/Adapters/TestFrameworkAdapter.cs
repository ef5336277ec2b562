using System.Reflection;

namespace LifetimeAssert.Adapters;

/// <summary>
/// What a test-framework adapter (an <c>[AssertNoLeak]</c> for xUnit, NUnit, MSTest, …) needs from the engine beside
/// <see cref="Leak.CheckAsync(Func{Task}, LeakOptions, CancellationToken)"/>: whether a test is checked, its options
/// merged from the <see cref="LeakCheckAttribute"/> of every level, and the report files to attach to its result.
/// Not needed to write tests.
/// </summary>
/// <remarks>
/// An adapter derives its attribute from <see cref="LeakCheckAttribute"/>, builds the options with
/// <see cref="Options"/> once the test class instance exists, runs the test method through
/// <see cref="Leak.CheckAsync(Func{Task}, LeakOptions, CancellationToken)"/> (the method itself as the body, so its
/// locals are gone after each run), and fails the test with the report's text unless <see cref="LeakReport.Passed"/>.
/// </remarks>
public static class TestFrameworkAdapter
{
    /// <summary>
    /// True when the method or its class (or a base class) carries a <see cref="LeakCheckAttribute"/>. One on the
    /// assembly only sets defaults: it does not make every test of the assembly a leak check.
    /// </summary>
    /// <param name="method">The test method.</param>
    /// <param name="testClass">The test class (the fixture, in NUnit).</param>
    /// <returns>Whether the test is checked.</returns>
    public static bool IsChecked(MethodInfo method, Type testClass)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(testClass);
        return AttributeOptions.Applies(method, testClass);
    }

    /// <summary>
    /// True when the method or its class (or a base class) carries an <see cref="AllocationCheckAttribute"/>. One on the
    /// assembly only sets defaults.
    /// </summary>
    /// <param name="method">The test method.</param>
    /// <param name="testClass">The test class (the fixture, in NUnit).</param>
    /// <returns>Whether the test has an allocation budget.</returns>
    public static bool IsAllocationChecked(MethodInfo method, Type testClass)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(testClass);
        return AllocationAttributeOptions.Applies(method, testClass);
    }

    /// <summary>
    /// True when the test has any check: a leak check (<see cref="IsChecked"/>) or an allocation budget
    /// (<see cref="IsAllocationChecked"/>). An adapter runs such a test through the engine; when it has both, the leak
    /// check runs first and the allocation check only if the leak check passed.
    /// </summary>
    /// <param name="method">The test method.</param>
    /// <param name="testClass">The test class (the fixture, in NUnit).</param>
    /// <returns>Whether the test is run through the engine.</returns>
    public static bool HasAnyCheck(MethodInfo method, Type testClass) => IsChecked(method, testClass) || IsAllocationChecked(method, testClass);

    /// <summary>
    /// Whether the test asks to be scheduled alone: the <c>RunAlone</c> of the nearest level that sets it, true when none
    /// does — for each check the test has (<see cref="LeakCheckAttribute.RunAlone"/>,
    /// <see cref="AllocationCheckAttribute.RunAlone"/>); one check that wants it is enough. An adapter that honours it runs
    /// the test with no other test beside it.
    /// </summary>
    /// <param name="method">The test method.</param>
    /// <param name="testClass">The test class.</param>
    /// <returns>Whether the test wants to run alone.</returns>
    public static bool WantsToRunAlone(MethodInfo method, Type testClass)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(testClass);
        if (!AllocationAttributeOptions.Applies(method, testClass))
        {
            return AttributeOptions.WantsToRunAlone(method, testClass);
        }

        return AllocationAttributeOptions.WantsToRunAlone(method, testClass)
            || (AttributeOptions.Applies(method, testClass) && AttributeOptions.WantsToRunAlone(method, testClass));
    }

    /// <summary>
    /// The options of a test with an allocation budget: the <see cref="AllocationCheckAttribute"/> of the assembly, the
    /// class and the method, outermost first, so the nearest level's settings win.
    /// </summary>
    /// <param name="method">The test method.</param>
    /// <param name="testClass">The test class.</param>
    /// <param name="subject">What the report calls the test.</param>
    /// <param name="runsAlone">True when the adapter knows that no other test runs during the check.</param>
    /// <returns>The validated options.</returns>
    /// <exception cref="LeakConfigurationException">The merged settings are invalid; every problem is listed.</exception>
    public static AllocationOptions AllocationOptions(MethodInfo method, Type testClass, string subject, bool runsAlone)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(testClass);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        return AllocationAttributeOptions.For(method, testClass, subject, runsAlone);
    }

    /// <summary>
    /// The options of a checked test: the attributes of the assembly, the class and the method, outermost first, so the
    /// nearest level's scalar settings win and tracked types, census names and judged probes add up.
    /// </summary>
    /// <param name="method">The test method.</param>
    /// <param name="testClass">The test class.</param>
    /// <param name="subject">What the report calls the test, such as <c>OrderTests.Save_returns_its_connection</c>.</param>
    /// <param name="instance">The test class instance, for <c>Probes</c> that name instance members; null for static tests.</param>
    /// <param name="runsAlone">True when the adapter knows that no other test runs during the check.</param>
    /// <param name="seenBefore">Types the test registered on a run its framework made before the check (see <see cref="FirstRunRecorder"/>).</param>
    /// <param name="testName">
    /// The name the adapter passes to <see cref="WriteReportFiles"/>, so a heap dump written on a leak
    /// (<see cref="LeakCheckAttribute.SaveDumpOnLeak"/>) is named like the report files: <c>&lt;test name&gt;.leak.dmp</c>.
    /// Null: the dump is named after <paramref name="subject"/>.
    /// </param>
    /// <returns>The validated options.</returns>
    /// <exception cref="LeakConfigurationException">The merged settings are invalid; every problem is listed.</exception>
    public static LeakOptions Options(
        MethodInfo method, Type testClass, string subject, object? instance, bool runsAlone, IReadOnlyList<Type>? seenBefore = null, string? testName = null)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(testClass);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        return AttributeOptions.For(method, testClass, subject, instance, runsAlone, seenBefore, testName);
    }

    /// <summary>
    /// Writes a failed check's report and chart as <c>&lt;test name&gt;.leak.txt</c> and <c>.leak.svg</c> under
    /// <c>TestResults/LifetimeAssert</c> beside the test assembly, so CI keeps them with the run; attach both where the
    /// framework supports attachments.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="testName">The test's name; characters not allowed in file names are dropped.</param>
    /// <returns>The paths of the text and the chart.</returns>
    public static (string Text, string Chart) WriteReportFiles(LeakReport report, string testName)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrWhiteSpace(testName);
        return ReportFiles.Write(report, testName);
    }

    /// <summary>
    /// Writes a failed allocation check's report as <c>&lt;test name&gt;.allocations.txt</c> under
    /// <c>TestResults/LifetimeAssert</c> beside the test assembly; attach it where the framework supports attachments.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="testName">The test's name; characters not allowed in file names are dropped.</param>
    /// <returns>The path of the text.</returns>
    public static string WriteReportFile(AllocationReport report, string testName)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrWhiteSpace(testName);
        return ReportFiles.Write(report, testName);
    }

    /// <summary>
    /// The name a report gives code written in <paramref name="method"/>: <c>Type.Method</c>, with lambdas, local
    /// functions and async state machines named after the method they were written in.
    /// </summary>
    /// <param name="method">A method, possibly compiler-generated.</param>
    /// <returns>The name, such as <c>OrderTests.Save_returns_its_connection</c>.</returns>
    public static string CodePathName(MethodBase method)
    {
        ArgumentNullException.ThrowIfNull(method);
        return MethodNames.Owner(method);
    }
}
