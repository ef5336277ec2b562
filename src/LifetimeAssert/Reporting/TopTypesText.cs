using System.Globalization;
using LifetimeAssert.Diagnosis;

namespace LifetimeAssert.Reporting;

/// <summary>The <c>types</c> line of an over-budget allocation report (without its label), from what sampling found.</summary>
internal static class TopTypesText
{
    /// <summary>Types named on the line.</summary>
    internal const int Top = 5;

    internal const string MissingPackage = "add the LifetimeAssert.HeapCensus package to see the top allocating types";

    public static string Write(TopTypes types) => types switch
    {
        TopTypesSamplerMissing => MissingPackage,
        TopTypesNotSampled n => "not sampled: " + n.Reason,
        TopTypesBodyFailed f => Invariant($"not sampled: the body threw {f.ExceptionType} on extra run {f.Run} ({f.Message})"),
        TopTypesSampled s => Describe(s.Bytes, s.Runs, s.Allocated),
        _ => throw new ArgumentOutOfRangeException(nameof(types), types, "a sampling result without text"),
    };

    /// <summary>The line for <paramref name="sampled"/> bytes per type over <paramref name="runs"/> extra runs that allocated <paramref name="allocated"/> bytes process-wide.</summary>
    internal static string Describe(IReadOnlyDictionary<string, long> sampled, int runs, long allocated)
    {
        if (runs == 0)
        {
            return "not sampled: no extra run completed";
        }

        if (allocated < AllocationTypes.SamplingInterval)
        {
            return Invariant($"not sampled: the body allocated {allocated} B over {runs} runs, below the sampling interval");
        }

        if (sampled.Count == 0)
        {
            return Invariant($"not sampled: no GC allocation event arrived over {runs} runs ({allocated} B allocated)");
        }

        var top = sampled
            .OrderByDescending(t => t.Value)
            .ThenBy(t => t.Key, StringComparer.Ordinal)
            .Take(Top)
            .Select(t => Invariant($"~{t.Value / runs} B/run {t.Key}"));
        return Invariant($"{string.Join(", ", top)}   (sampled: one GC allocation event per ~100 KB, over {runs} extra runs; estimates)");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
