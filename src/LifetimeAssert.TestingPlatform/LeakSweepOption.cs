using Microsoft.Testing.Platform.CommandLine;
using Microsoft.Testing.Platform.Extensions;
using Microsoft.Testing.Platform.Extensions.CommandLine;

namespace LifetimeAssert.TestingPlatform;

/// <summary>The <c>--leak-sweep off|dispose|collect</c> option: the per-test sweep's level for this run.</summary>
internal sealed class LeakSweepOption : ICommandLineOptionsProvider
{
    public const string Name = "leak-sweep";

    public string Uid => nameof(LeakSweepOption);

    public string Version => typeof(LeakSweepOption).Assembly.GetName().Version?.ToString() ?? "0";

    public string DisplayName => "LifetimeAssert sweep";

    public string Description => "Sets the level of LifetimeAssert's per-test sweep ([assembly: LeakSweep]) for the run.";

    public Task<bool> IsEnabledAsync() => Task.FromResult(true);

    public IReadOnlyCollection<CommandLineOption> GetCommandLineOptions() =>
    [
        new(Name, "The level of LifetimeAssert's per-test sweep for this run: off, dispose or collect (overrides LIFETIMEASSERT_SWEEP and the attribute).", ArgumentArity.ExactlyOne, isHidden: false),
    ];

    public Task<ValidationResult> ValidateOptionArgumentsAsync(CommandLineOption commandOption, string[] arguments) =>
        arguments is [var level] && Adapters.LeakSweep.ParseLevel(level) is not null
            ? ValidationResult.ValidTask
            : ValidationResult.InvalidTask($"--{Name} takes off, dispose or collect; got \"{string.Join(' ', arguments)}\".");

    public Task<ValidationResult> ValidateCommandLineOptionsAsync(ICommandLineOptions commandLineOptions) => ValidationResult.ValidTask;
}
