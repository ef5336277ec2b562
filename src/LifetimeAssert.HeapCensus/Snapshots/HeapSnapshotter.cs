using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;

namespace LifetimeAssert.HeapCensus;

/// <summary>
/// Takes a heap snapshot of the current process through an in-process EventPipe session: starting a session with
/// the heap-dump keywords makes the runtime run a blocking full collection that walks every live object into the
/// session's buffer; the events are read back and checked for completeness. No external tool, no dump file.
/// </summary>
internal static class HeapSnapshotter
{
    private const string RuntimeProvider = "Microsoft-Windows-DotNETRuntime";

    // GC (0x1) | Type (0x80000) | GCHeapDump (0x100000) | GCHeapCollect (0x800000) | GCHeapAndTypeNames (0x1000000).
    private const long HeapDumpKeywords = 0x1980001;

    private static readonly TimeSpan ReadTimeout = TimeSpan.FromMinutes(2);

    // Two sessions open at once would each receive both heap walks: one walk at a time per process.
    private static readonly Lock Gate = new();

    private static long _walks;

    /// <summary>Test seam: forces the event buffer size, to provoke an incomplete snapshot.</summary>
    internal static int? BufferMegabytesOverride { get; set; }

    /// <summary>Heap walks started in this process so far, complete or not: what a census check costs.</summary>
    public static long Walks => Interlocked.Read(ref _walks);

    /// <summary>Takes a complete snapshot.</summary>
    /// <param name="includeGraph">Also keep every reference and root, for retention paths (more memory and time).</param>
    /// <exception cref="ProbeInconclusiveException">The heap could not be read completely; the message says why and what to do.</exception>
    public static HeapSnapshot Take(bool includeGraph)
    {
        if (DiagnosticsSupport.DisabledReason() is { } disabled)
        {
            throw new ProbeInconclusiveException(disabled);
        }

        lock (Gate)
        {
            return TakeLocked(includeGraph);
        }
    }

    private static HeapSnapshot TakeLocked(bool includeGraph)
    {
        Interlocked.Increment(ref _walks);
        var bufferMegabytes = BufferMegabytesOverride ?? DiagnosticsSupport.BufferMegabytes();
        var provider = new EventPipeProvider(RuntimeProvider, EventLevel.Verbose, HeapDumpKeywords);
        using var session = StartSession(provider, bufferMegabytes);
        using var source = new EventPipeEventSource(session.EventStream);
        var collector = new DumpCollector(source, includeGraph);

        // Stop() flushes the buffered walk into the stream, so the stream must be drained while stopping.
        var reader = Task.Run(source.Process);
        session.Stop();
        if (!reader.Wait(ReadTimeout))
        {
            throw new ProbeInconclusiveException(
                $"reading the heap snapshot took longer than {ReadTimeout.TotalMinutes:0} minutes; run the test alone, on a smaller heap");
        }

        if (collector.Incompleteness(source.EventsLost) is { } incomplete)
        {
            throw new ProbeInconclusiveException(
                $"the heap snapshot is incomplete, so its counts cannot be trusted: {incomplete} "
                + $"({bufferMegabytes} MB event buffer, {collector.Objects} objects received); give the process more "
                + "memory or a smaller heap, and run census tests alone (no other tracing session asking for heap walks)");
        }

        return collector.ToSnapshot();
    }

    private static EventPipeSession StartSession(EventPipeProvider provider, int bufferMegabytes)
    {
        try
        {
            // The heap-walking collection runs inside this call; its events wait in the buffer.
            return new DiagnosticsClient(Environment.ProcessId)
                .StartEventPipeSession(provider, requestRundown: false, circularBufferMB: bufferMegabytes);
        }
        catch (Exception e) when (DiagnosticsSupport.IsServerFailure(e))
        {
            throw new ProbeInconclusiveException(
                $"the heap census could not start an in-process EventPipe session ({e.GetType().Name}: {e.Message}); "
                + "it needs the runtime's diagnostics enabled (no DOTNET_EnableDiagnostics=0) and a writable temporary "
                + "directory (TMPDIR) for the diagnostics socket",
                e);
        }
    }
}
