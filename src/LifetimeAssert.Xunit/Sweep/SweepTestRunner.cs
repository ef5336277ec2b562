using LifetimeAssert.Adapters;
using Xunit.v3;

namespace LifetimeAssert.Xunit.Sweep;

/// <summary>
/// xUnit's test runner with the sweep around the whole test: begun before the test class is created (in the flow
/// everything the test runs in inherits), ended after the instance is disposed and released, before xUnit decides the
/// test's result, so a leak fails the test that made it.
/// </summary>
/// <remarks>
/// A swept test's class is created, and its method invoked, after a yield: xUnit runs a test synchronously at the top of
/// its whole runner chain (about 200 frames), and every registration walks the stack for its creation site; on a stack
/// the thread pool starts, the constructor's registrations walk about 50 frames and the method's about 30. The test runs
/// in the same flow, on the same scheduler, only its stack is shorter. It then ends in xUnit's continuations, whose
/// frames still hold the test instance: at the collect level the test is judged after one more yield, on a fresh stack.
/// </remarks>
internal sealed class SweepTestRunner : XunitTestRunner
{
    private static readonly AsyncLocal<bool> Running = new();
    private static readonly AsyncLocal<bool> Swept = new();

    private SweepTestRunner()
    {
    }

    public static new SweepTestRunner Instance { get; } = new();

    /// <summary>True in a test this runner sweeps (read by <see cref="LeakSweepAttribute"/>, which fails a test no sweep reaches).</summary>
    public static bool IsSweeping => Running.Value;

    protected override async ValueTask<TimeSpan> RunTest(XunitTestRunnerContext ctxt)
    {
        ArgumentNullException.ThrowIfNull(ctxt);
        var test = ctxt.Test;
        LeakSweep? sweep;
        SweptTest? swept;
        try
        {
            sweep = LeakSweep.Of(test.TestMethod.TestClass.Class.Assembly);
            swept = sweep?.Begin(
                test.TestMethod.Method, test.TestMethod.TestClass.Class, TestName.FromDisplayName(test.TestMethod.TestClass.Class, test.TestDisplayName), XunitRuns.Alone(test));
        }
        catch (LeakConfigurationException e)
        {
            ctxt.Aggregator.Add(e);
            return TimeSpan.Zero;
        }

        Running.Value = true;
        if (swept is not null)
        {
            Swept.Value = true;
            await Task.Yield();
        }

        var elapsed = await base.RunTest(ctxt).ConfigureAwait(false);
        if (swept is not null && sweep?.Level == SweepLevel.Collect)
        {
            await Task.Yield();
        }

        if (swept?.End(!ctxt.Aggregator.HasExceptions, XunitOutput.Instance) is { } failure)
        {
            ctxt.Aggregator.Add(failure);
        }

        return elapsed;
    }

    protected override async ValueTask<TimeSpan> InvokeTest(XunitTestRunnerContext ctxt, object? testClassInstance)
    {
        if (Swept.Value)
        {
            await Task.Yield();
        }

        return await base.InvokeTest(ctxt, testClassInstance).ConfigureAwait(false);
    }
}
