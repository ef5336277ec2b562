using System.Diagnostics;
using System.Globalization;

namespace LifetimeAssert;

/// <summary>
/// The top allocating types of a check that failed over budget: extra runs of the body inside a sampling of the GC's
/// allocation events (one per ~100 KB allocated), until enough was allocated to be sampled or a cap is reached. The
/// figures are estimates and the line says so; a body that allocates too little to be sampled gets no figures.
/// </summary>
internal static class AllocationTypes
{
    /// <summary>The runtime raises one allocation event per this many bytes allocated (per heap kind).</summary>
    internal const long SamplingInterval = 100 * 1024;

    /// <summary>Bytes allocated process-wide after which the extra runs stop: about 200 samples.</summary>
    internal const long TargetBytes = 20L * 1024 * 1024;

    /// <summary>Extra runs after which sampling stops, however little was allocated.</summary>
    internal const int MaxRuns = 10_000;

    /// <summary>Types named on the line.</summary>
    internal const int Top = 5;

    internal const string MissingPackage = "add the LifetimeAssert.HeapCensus package to see the top allocating types";

    /// <summary>Time after which sampling stops, however little was allocated.</summary>
    internal static readonly TimeSpan MaxTime = TimeSpan.FromSeconds(5);

    /// <summary>The text of the <c>types</c> line (without its label); never throws for a sampling problem.</summary>
    public static async Task<string> SampleAsync(CheckBody body, CancellationToken cancellationToken)
    {
        if (CensusProviderLocator.Find() is not IAllocationTypeSampler sampler)
        {
            return MissingPackage;
        }

        IAllocationTypeSampling sampling;
        try
        {
            sampling = sampler.StartSampling();
        }
        catch (InvalidOperationException e)
        {
            return "not sampled: " + e.Message;
        }

        using (sampling)
        {
            var runs = 0;
            var start = GC.GetTotalAllocatedBytes(precise: true);
            var started = Stopwatch.GetTimestamp();
            try
            {
                while (runs < MaxRuns && GC.GetTotalAllocatedBytes() - start < TargetBytes
                    && Stopwatch.GetElapsedTime(started) < MaxTime && !cancellationToken.IsCancellationRequested)
                {
                    if (body.IsSynchronous)
                    {
                        body.RunOnce();
                    }
                    else
                    {
                        await body.StartOnce().ConfigureAwait(false);
                    }

                    runs++;
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return string.Create(CultureInfo.InvariantCulture, $"not sampled: the body threw {e.GetType().Name} on extra run {runs + 1} ({e.Message})");
            }

            var allocated = GC.GetTotalAllocatedBytes(precise: true) - start;
            try
            {
                return Describe(sampling.Stop(), runs, allocated);
            }
            catch (InvalidOperationException e)
            {
                return "not sampled: " + e.Message;
            }
        }
    }

    /// <summary>The line for <paramref name="sampled"/> bytes per type over <paramref name="runs"/> extra runs that allocated <paramref name="allocated"/> bytes process-wide.</summary>
    internal static string Describe(IReadOnlyDictionary<string, long> sampled, int runs, long allocated)
    {
        if (runs == 0)
        {
            return "not sampled: no extra run completed";
        }

        if (allocated < SamplingInterval)
        {
            return string.Create(CultureInfo.InvariantCulture, $"not sampled: the body allocated {allocated} B over {runs} runs, below the sampling interval");
        }

        if (sampled.Count == 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"not sampled: no GC allocation event arrived over {runs} runs ({allocated} B allocated)");
        }

        var top = sampled
            .OrderByDescending(t => t.Value)
            .ThenBy(t => t.Key, StringComparer.Ordinal)
            .Take(Top)
            .Select(t => string.Create(CultureInfo.InvariantCulture, $"~{t.Value / runs} B/run {t.Key}"));
        return string.Create(CultureInfo.InvariantCulture,
            $"{string.Join(", ", top)}   (sampled: one GC allocation event per ~100 KB, over {runs} extra runs; estimates)");
    }
}
