using LifetimeAssert.Adapters;
using Microsoft.Testing.Platform.CommandLine;
using Microsoft.Testing.Platform.Extensions.Messages;
using Microsoft.Testing.Platform.Extensions.OutputDevice;
using Microsoft.Testing.Platform.Extensions.TestHost;
using Microsoft.Testing.Platform.Messages;
using Microsoft.Testing.Platform.OutputDevice;
using Microsoft.Testing.Platform.Services;

namespace LifetimeAssert.TestingPlatform;

/// <summary>
/// Sets the sweep's level from the command line before the first test; after the last, judges the fixtures no framework
/// hook judged (MSTest's, cleaned up by then), each leaking one a failed result of its own, and shows the summary.
/// </summary>
internal sealed class LeakSweepSession(ICommandLineOptions options, IOutputDevice output, IMessageBus messageBus)
    : ITestSessionLifetimeHandler, IOutputDeviceDataProducer, IDataProducer
{
    public string Uid => nameof(LeakSweepSession);

    public string Version => typeof(LeakSweepSession).Assembly.GetName().Version?.ToString() ?? "0";

    public string DisplayName => "LifetimeAssert sweep";

    public string Description => "The per-test sweep's level from --leak-sweep, its fixtures' verdicts, and its summary.";

    public Type[] DataTypesProduced => [typeof(TestNodeUpdateMessage)];

    public Task<bool> IsEnabledAsync() => Task.FromResult(true);

    public Task OnTestSessionStartingAsync(ITestSessionContext testSessionContext)
    {
        if (options.TryGetOptionArgumentList(LeakSweepOption.Name, out var arguments) && arguments is [var text] && LeakSweep.ParseLevel(text) is { } level)
        {
            LeakSweep.SetLevelForRun(level);
        }

        return Task.CompletedTask;
    }

    public async Task OnTestSessionFinishingAsync(ITestSessionContext testSessionContext)
    {
        ArgumentNullException.ThrowIfNull(testSessionContext);
        var reports = new FixtureReports();
        var failures = LeakSweep.EndAllFixtures(reports);
        foreach (var failure in failures)
        {
            await messageBus.PublishAsync(this, FixtureResults.Failed(testSessionContext.SessionUid, failure, reports.FilesOf(failure))).ConfigureAwait(false);
        }

        // A report that fails nothing (a leak the baseline lists) is shown as the summary is.
        var lines = reports.Texts.Where(text => !failures.Any(f => f.Message == text)).ToList();
        LeakSweep.FinishAll(lines.Add);
        foreach (var line in lines)
        {
            await output.DisplayAsync(this, new TextOutputDeviceData(line), testSessionContext.CancellationToken).ConfigureAwait(false);
        }
    }
}
