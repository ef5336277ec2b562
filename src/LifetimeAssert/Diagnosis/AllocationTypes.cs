using System.Diagnostics;
using LifetimeAssert.Running;

namespace LifetimeAssert.Diagnosis;

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

    /// <summary>Time after which sampling stops, however little was allocated.</summary>
    internal static readonly TimeSpan MaxTime = TimeSpan.FromSeconds(5);

    /// <summary>Samples the body's allocated types; never throws for a sampling problem.</summary>
    public static async Task<TopTypes> SampleAsync(CheckBody body, IAllocationTypeSampler? sampler, CancellationToken cancellationToken)
    {
        if (sampler is null)
        {
            return new TopTypesSamplerMissing();
        }

        IAllocationTypeSampling sampling;
        try
        {
            sampling = sampler.StartSampling();
        }
        catch (InvalidOperationException e)
        {
            return new TopTypesNotSampled(e.Message);
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
                return new TopTypesBodyFailed(e.GetType().Name, runs + 1, e.Message);
            }

            var allocated = GC.GetTotalAllocatedBytes(precise: true) - start;
            try
            {
                return new TopTypesSampled(sampling.Stop(), runs, allocated);
            }
            catch (InvalidOperationException e)
            {
                return new TopTypesNotSampled(e.Message);
            }
        }
    }
}
