using System.Collections.Generic;
using LifetimeAssert.Configuration;

namespace LifetimeAssert.Analyzers;

/// <summary>
/// The settings a checked test runs with, merged from its levels the way the runtime merges them: a scalar comes
/// from the nearest level that sets it, while Track, Census, Probes and Judge of all levels add up.
/// </summary>
internal sealed class EffectiveSettings
{
    private EffectiveSettings()
    {
    }

    public int Iterations { get; private set; } = OptionRules.DefaultIterations;

    public int SampleEvery { get; private set; } = OptionRules.DefaultSampleEvery;

    public bool RunAlone { get; private set; } = true;

    public bool JudgesSomething { get; private set; }

    public bool HasErrors { get; private set; }

    /// <summary>The nearest attribute that can carry a diagnostic (on the method or a class, in source).</summary>
    public LeakSetting? Nearest { get; private set; }

    /// <summary>
    /// The nearest reportable attribute that sets Iterations or SampleEvery: the one that made the pair what it is,
    /// and where setting Iterations fixes the pair for this test alone. Falls back to <see cref="Nearest"/>.
    /// </summary>
    public LeakSetting? SamplingSource { get; private set; }

    /// <summary>Merges the levels, given nearest first.</summary>
    public static EffectiveSettings Merge(IEnumerable<LeakSetting> nearestFirst)
    {
        var result = new EffectiveSettings();
        int? iterations = null;
        int? sampleEvery = null;
        bool? runAlone = null;
        foreach (var setting in nearestFirst)
        {
            iterations ??= setting.Iterations;
            sampleEvery ??= setting.SampleEvery;
            runAlone ??= setting.RunAlone;
            result.JudgesSomething |= setting.JudgesSomething;
            result.HasErrors |= setting.HasErrors;
            if (setting.ReportableLocation is null)
            {
                continue;
            }

            result.Nearest ??= setting;
            if (setting.Iterations is not null || setting.SampleEvery is not null)
            {
                result.SamplingSource ??= setting;
            }
        }

        result.Iterations = iterations ?? OptionRules.DefaultIterations;
        result.SampleEvery = sampleEvery ?? OptionRules.DefaultSampleEvery;
        result.RunAlone = runAlone ?? true;
        result.SamplingSource ??= result.Nearest;
        return result;
    }
}
