using System.Runtime.CompilerServices;
using LifetimeAssert.Adapters;
using NUnit.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace LifetimeAssert.NUnit;

/// <summary>
/// What <see cref="LeakSweepAttribute"/> does around each test: begins the sweep in the test's flow before its SetUp,
/// ends it after its TearDown and fails the test with what it left behind; writes the summary when the assembly ends.
/// </summary>
internal static class NUnitSweep
{
    private static readonly ConditionalWeakTable<ITest, SweptTest> Running = [];
    private static readonly ConditionalWeakTable<ITest, TestName> FixtureNames = [];

    public static void Before(ITest test)
    {
        if (test is TestAssembly { Assembly: { } testAssembly })
        {
            StartAt(testAssembly);
            return;
        }

        if (test.IsSuite || test.Method?.MethodInfo is not { } method || test.TypeInfo?.Type is not { } fixture || AssemblyOf(test) is not { } assembly)
        {
            return;
        }

        try
        {
            if (LeakSweep.Of(assembly)?.Begin(method, fixture, TestName.FromDisplayName(fixture, test.FullName), NUnitTests.RunsAlone(test)) is { } swept)
            {
                Running.AddOrUpdate(test, swept);
            }
        }
        catch (LeakConfigurationException e)
        {
            // Recorded directly (NUnit would prefix the exception's type); a test that failed before it ran is not run.
            TestExecutionContext.CurrentContext.CurrentResult.SetResult(ResultState.Error, e.Message, e.StackTrace);
        }
    }

    public static void After(ITest test)
    {
        if (test is TestAssembly { Assembly: { } testAssembly })
        {
            FinishAt(testAssembly);
            return;
        }

        if (!Running.TryGetValue(test, out var swept))
        {
            return;
        }

        Running.Remove(test);
        var passed = TestExecutionContext.CurrentContext.CurrentResult.ResultState.Status == TestStatus.Passed;
        if (swept.End(passed, NUnitOutput.Instance) is { } failure)
        {
            // An assertion failure of the test, whose message is the report: NUnit records it as the test's result.
            throw new AssertionException(failure.Message);
        }
    }

    // The sweep's session starts with the assembly, before any fixture is set up, so what a fixture registers outside
    // every test is that fixture's. An invalid setting is reported by every test instead.
    private static void StartAt(System.Reflection.Assembly testAssembly)
    {
        try
        {
            LeakSweep.Of(testAssembly)?.SweepFixturesBy(CurrentFixture);
        }
        catch (LeakConfigurationException)
        {
        }
    }

    // Every fixture has ended (torn down, disposed) when the assembly does: each is judged then, and a leaking one fails
    // the assembly's one-time tear-down, naming the fixture; its tests keep their own results.
    private static void FinishAt(System.Reflection.Assembly testAssembly)
    {
        if (LeakSweep.Of(testAssembly) is not { } sweep)
        {
            return;
        }

        var failures = sweep.EndFixtures(NUnitOutput.Instance);
        sweep.Finish(text =>
        {
            // The assembly's output (its result in NUnit's XML), and the console, where NUnit shows progress as it comes.
            TestContext.Out.WriteLine(text);
            TestContext.Progress.WriteLine(text);
        });
        if (failures.Count > 0)
        {
            throw new AssertionException(string.Join(Environment.NewLine + Environment.NewLine, failures.Select(f => f.Message)));
        }
    }

    // NUnit's current test is the fixture while its constructor and one-time set-up and tear-down run, on any thread.
    private static TestName? CurrentFixture() =>
        TestExecutionContext.CurrentContext.CurrentTest is TestSuite { TypeInfo: not null } fixture and not TestAssembly and not ParameterizedMethodSuite
            ? FixtureNames.GetValue(fixture, f => new TestName($"{f.Name} (fixture)", $"{f.FullName} (fixture)"))
            : null;

    private static System.Reflection.Assembly? AssemblyOf(ITest test)
    {
        for (var level = test; level is not null; level = level.Parent)
        {
            if (level is TestAssembly suite)
            {
                return suite.Assembly;
            }
        }

        return null;
    }
}
