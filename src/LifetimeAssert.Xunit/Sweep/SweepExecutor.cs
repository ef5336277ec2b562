using Xunit.Sdk;
using Xunit.v3;

namespace LifetimeAssert.Xunit.Sweep;

/// <summary>
/// Runs a test assembly as xUnit's own executor does; when the assembly carries <see cref="LeakSweepAttribute"/>, through
/// runners that differ from xUnit's only in the test runner, which sweeps every test after its class instance is disposed.
/// </summary>
internal sealed class SweepExecutor(IXunitTestAssembly testAssembly) : XunitTestFrameworkExecutor(testAssembly)
{
    public override async ValueTask RunTestCases(
        IReadOnlyCollection<IXunitTestCase> testCases, IMessageSink executionMessageSink, ITestFrameworkExecutionOptions executionOptions, CancellationToken cancellationToken)
    {
        if (!SweepsAssembly())
        {
            await base.RunTestCases(testCases, executionMessageSink, executionOptions, cancellationToken).ConfigureAwait(false);
            return;
        }

        // The summary is written by the platform's extension at the end of the session, or when the process exits.
        await SweepAssemblyRunner.Instance.Run(TestAssembly, testCases, executionMessageSink, executionOptions, cancellationToken).ConfigureAwait(false);
    }

    // An invalid sweep setting is reported by every test, through the sweeping runners.
    private bool SweepsAssembly() => TestAssembly.Assembly.IsDefined(typeof(LeakSweepAttribute), inherit: false);
}
