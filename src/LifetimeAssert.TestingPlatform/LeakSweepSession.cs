using LifetimeAssert.Adapters;
using Microsoft.Testing.Platform.CommandLine;
using Microsoft.Testing.Platform.Extensions.OutputDevice;
using Microsoft.Testing.Platform.Extensions.TestHost;
using Microsoft.Testing.Platform.OutputDevice;
using Microsoft.Testing.Platform.Services;

namespace LifetimeAssert.TestingPlatform;

/// <summary>Sets the sweep's level from the command line before the first test, and shows its summary after the last.</summary>
internal sealed class LeakSweepSession(ICommandLineOptions options, IOutputDevice output) : ITestSessionLifetimeHandler, IOutputDeviceDataProducer
{
    public string Uid => nameof(LeakSweepSession);

    public string Version => typeof(LeakSweepSession).Assembly.GetName().Version?.ToString() ?? "0";

    public string DisplayName => "LifetimeAssert sweep";

    public string Description => "The per-test sweep's level from --leak-sweep, and its summary.";

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
        var lines = new List<string>();
        LeakSweep.FinishAll(lines.Add);
        foreach (var line in lines)
        {
            await output.DisplayAsync(this, new TextOutputDeviceData(line), testSessionContext.CancellationToken).ConfigureAwait(false);
        }
    }
}
