using Microsoft.Testing.Platform.Builder;
using Microsoft.Testing.Platform.Services;

namespace LifetimeAssert.TestingPlatform;

/// <summary>
/// Adds LifetimeAssert's extension to a Microsoft.Testing.Platform test application: the <c>--leak-sweep &lt;level&gt;</c>
/// option, which sets the per-test sweep's level for the run, and at the end of the session the verdicts of the fixtures
/// no framework hook judged (MSTest's) and the sweep's summary.
/// Called by the platform through the package's <c>TestingPlatformBuilderHook</c>; not meant to be called by tests.
/// </summary>
public static class LeakSweepPlatform
{
    /// <summary>Registers the option and the session handler.</summary>
    /// <param name="builder">The test application being built.</param>
    /// <param name="args">The application's arguments (unused: the platform parses them).</param>
    public static void AddExtensions(ITestApplicationBuilder builder, string[] args)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.CommandLine.AddProvider(() => new LeakSweepOption());
        builder.TestHost.AddTestSessionLifetimeHandler(services => new LeakSweepSession(services.GetCommandLineOptions(), services.GetOutputDevice(), services.GetMessageBus()));
    }
}
