using LifetimeAssert.Adapters;
using Xunit.v3;

namespace LifetimeAssert.Xunit.Sweep;

/// <summary>
/// xUnit's test runner with the sweep around the whole test: begun before the test class is created (in the flow
/// everything the test runs in inherits), ended after the instance is disposed and released, before xUnit decides the
/// test's result, so a leak fails the test that made it.
/// </summary>
internal sealed class SweepTestRunner : XunitTestRunner
{
    private static readonly AsyncLocal<bool> Running = new();

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
        SweptTest? swept;
        try
        {
            swept = LeakSweep.Of(test.TestMethod.TestClass.Class.Assembly)?.Begin(
                test.TestMethod.Method, test.TestMethod.TestClass.Class, TestName.FromDisplayName(test.TestMethod.TestClass.Class, test.TestDisplayName), XunitRuns.Alone(test));
        }
        catch (LeakConfigurationException e)
        {
            ctxt.Aggregator.Add(e);
            return TimeSpan.Zero;
        }

        Running.Value = true;
        var elapsed = await base.RunTest(ctxt).ConfigureAwait(false);
        if (swept?.End(!ctxt.Aggregator.HasExceptions, XunitOutput.Instance) is { } failure)
        {
            ctxt.Aggregator.Add(failure);
        }

        return elapsed;
    }
}
