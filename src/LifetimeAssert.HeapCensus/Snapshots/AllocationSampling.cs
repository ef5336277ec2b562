using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;

namespace LifetimeAssert.HeapCensus;

/// <summary>
/// Samples the process's allocations by type through an in-process EventPipe session with the GC keyword at verbose
/// level: the runtime raises a GCAllocationTick event per ~100 KB allocated (per heap kind), naming the type of the
/// object that crossed the threshold and the bytes allocated since the previous event. The events are read only after
/// the session stops, so reading them allocates nothing during the sampled runs.
/// </summary>
internal sealed class AllocationSampling : IAllocationTypeSampling
{
    private const string RuntimeProvider = "Microsoft-Windows-DotNETRuntime";
    private const long GcKeyword = 0x1;
    private const int BufferMegabytes = 64;
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromMinutes(1);

    private readonly EventPipeSession _session;
    private bool _stopped;

    private AllocationSampling(EventPipeSession session) => _session = session;

    /// <summary>Starts a session.</summary>
    /// <exception cref="InvalidOperationException">Diagnostics are off, or the session cannot start.</exception>
    public static AllocationSampling Start()
    {
        if (DiagnosticsSupport.DisabledSwitch(Environment.GetEnvironmentVariable) is { } name)
        {
            throw new InvalidOperationException($"{name}=0 turns off the runtime's diagnostics; unset it (or set it to 1) to see the top allocating types");
        }

        try
        {
            var provider = new EventPipeProvider(RuntimeProvider, EventLevel.Verbose, GcKeyword);
            return new AllocationSampling(new DiagnosticsClient(Environment.ProcessId)
                .StartEventPipeSession(provider, requestRundown: false, circularBufferMB: BufferMegabytes));
        }
        catch (Exception e) when (DiagnosticsSupport.IsServerFailure(e))
        {
            throw new InvalidOperationException(
                $"no in-process EventPipe session could start ({e.GetType().Name}: {e.Message}); it needs the runtime's "
                + "diagnostics enabled and a writable temporary directory (TMPDIR) for the diagnostics socket",
                e);
        }
    }

    public IReadOnlyDictionary<string, long> Stop()
    {
        _stopped = true;
        var bytes = new Dictionary<string, long>(StringComparer.Ordinal);
        using var source = new EventPipeEventSource(_session.EventStream);
        source.Clr.GCAllocationTick += tick =>
        {
            var amount = tick.AllocationAmount64 > 0 ? tick.AllocationAmount64 : tick.AllocationAmount;
            var type = string.IsNullOrEmpty(tick.TypeName) ? "(type not named)" : tick.TypeName;
            bytes[type] = bytes.GetValueOrDefault(type) + amount;
        };

        // Stop() flushes the buffered events into the stream, so the stream must be drained while stopping.
        var reader = Task.Run(source.Process);
        _session.Stop();
        if (!reader.Wait(ReadTimeout))
        {
            throw new InvalidOperationException($"reading the allocation events took longer than {ReadTimeout.TotalMinutes:0} minute");
        }

        return source.EventsLost > 0
            ? throw new InvalidOperationException($"{source.EventsLost} allocation events were lost; run the test alone")
            : bytes;
    }

    public void Dispose()
    {
        if (!_stopped)
        {
            try
            {
                _session.Stop();
            }
            catch (Exception e) when (e is ServerNotAvailableException or ServerErrorException or IOException or TimeoutException)
            {
                // The sampling is abandoned; nothing depends on its end.
            }
        }

        _session.Dispose();
    }
}
