using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing.Etlx;

namespace LifetimeAssert.HeapCensus;

/// <summary>
/// What each managed thread of the process is running, the way <c>dotnet-stack</c> finds it: a short in-process
/// EventPipe session with the runtime's sample profiler (a stack of every managed thread, about once per millisecond)
/// and the method rundown that names its frames, read back with TraceEvent. A running thread's start method is the
/// frame above the runtime's thread-start frames. Its name is the operating system's (on Linux
/// <c>/proc/self/task/&lt;id&gt;/comm</c>, at most 15 bytes of <see cref="Thread.Name"/>).
/// </summary>
internal static class ThreadStacks
{
    private const string SampleProfiler = "Microsoft-DotNETCore-SampleProfiler";

    // Long enough for the profiler to sample every thread at least once; a busy machine can starve the sampler for that
    // long, so a window that saw no thread is followed by one ten times longer.
    private static readonly TimeSpan[] SamplingTimes = [TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(1)];
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromMinutes(1);

    /// <summary>The frames of the runtime's own thread start, below the start method.</summary>
    private static readonly string[] StartFrames =
        ["System.Threading.Thread.", "System.Threading.Thread+StartHelper.", "System.Threading.ExecutionContext."];

    /// <summary>Every managed thread sampled, or why none could be.</summary>
    public static (IReadOnlyList<SampledThread> Threads, string? Problem) Sample()
    {
        if (DiagnosticsSupport.DisabledReason() is { } disabled)
        {
            return ([], disabled);
        }

        foreach (var window in SamplingTimes)
        {
            var (threads, problem) = SampleFor(window);
            if (problem is not null || threads.Count > 0)
            {
                return (threads, problem);
            }
        }

        return ([], null);
    }

    private static (IReadOnlyList<SampledThread> Threads, string? Problem) SampleFor(TimeSpan window)
    {
        var trace = Path.Combine(Path.GetTempPath(), $"lifetimeassert-threads-{Environment.ProcessId}-{Guid.NewGuid():N}.nettrace");
        var log = Path.ChangeExtension(trace, ".etlx");
        try
        {
            if (Record(trace, window) is { } failure)
            {
                return ([], failure);
            }

            TraceLog.CreateFromEventPipeDataFile(trace, log);
            return (Read(log), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The diagnostics server, the file system and the trace reader all fail in their own ways; none may cost the report.
            return ([], $"the threads could not be sampled ({e.GetType().Name}: {e.Message})");
        }
        finally
        {
            Delete(trace);
            Delete(log);
        }
    }

    private static void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A temporary file left behind costs less than the report it would take with it.
        }
    }

    private static string? Record(string path, TimeSpan window)
    {
        var providers = new[] { new EventPipeProvider(SampleProfiler, EventLevel.Informational) };
        using var session = new DiagnosticsClient(Environment.ProcessId).StartEventPipeSession(providers, requestRundown: true, circularBufferMB: 64);
        using var file = File.Create(path);
        var copy = session.EventStream.CopyToAsync(file);
        Thread.Sleep(window);

        // Stop() emits the rundown that names the sampled frames, which the copy must drain.
        session.Stop();
        return copy.Wait(ReadTimeout) ? null : $"reading the thread samples took longer than {ReadTimeout.TotalMinutes:0} minute";
    }

    private static List<SampledThread> Read(string logPath)
    {
        using var log = new TraceLog(logPath);
        var threads = new Dictionary<int, SampledThread>();
        foreach (var sample in log.Events)
        {
            if (sample.ProviderName != SampleProfiler || threads.ContainsKey(sample.ThreadID))
            {
                continue;
            }

            var frames = new List<string>();
            for (var frame = sample.CallStack(); frame is not null; frame = frame.Caller)
            {
                frames.Add(frame.CodeAddress.FullMethodName);
            }

            threads[sample.ThreadID] = new SampledThread(sample.ThreadID, OsName(sample.ThreadID), StartMethod(frames));
        }

        return [.. threads.Values];
    }

    /// <summary>The outermost frame that is not the runtime's thread start, without namespace and parameters.</summary>
    private static string? StartMethod(List<string> framesInnermostFirst)
    {
        for (var i = framesInnermostFirst.Count - 1; i >= 0; i--)
        {
            var frame = framesInnermostFirst[i];
            if (frame.Length > 0 && !StartFrames.Any(start => frame.StartsWith(start, StringComparison.Ordinal)))
            {
                return ShortMethodName(frame);
            }
        }

        return null;
    }

    /// <summary><c>MyApp.Feeds.QuoteFeed+Poller.Poll(int32)</c> becomes <c>QuoteFeed.Poller.Poll</c>.</summary>
    internal static string ShortMethodName(string fullName)
    {
        var open = fullName.IndexOf('(', StringComparison.Ordinal);
        var name = open >= 0 ? fullName[..open] : fullName;
        var methodStart = name.EndsWith("..ctor", StringComparison.Ordinal) ? name.Length - "..ctor".Length
            : name.EndsWith("..cctor", StringComparison.Ordinal) ? name.Length - "..cctor".Length
            : name.LastIndexOf('.');
        if (methodStart <= 0)
        {
            return name;
        }

        var type = name[..methodStart];
        var generic = type.IndexOf('[', StringComparison.Ordinal);
        type = generic >= 0 ? type[..generic] : type;
        type = type[(type.LastIndexOf('.') + 1)..].Replace('+', '.');
        var tick = type.IndexOf('`', StringComparison.Ordinal);
        return (tick >= 0 ? type[..tick] : type) + name[methodStart..];
    }

    private static string? OsName(int threadId)
    {
        try
        {
            var comm = $"/proc/self/task/{threadId}/comm";
            return File.Exists(comm) ? File.ReadAllText(comm).TrimEnd('\n') : null;
        }
        catch (IOException)
        {
            // The thread ended since it was sampled.
            return null;
        }
    }
}
