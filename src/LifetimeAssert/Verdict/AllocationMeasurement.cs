namespace LifetimeAssert;

/// <summary>How an allocation check counted the bytes of each run.</summary>
public enum AllocationMeasurement
{
    /// <summary>
    /// <c>GC.GetAllocatedBytesForCurrentThread()</c> before and after each run, on the thread that ran it: exact for a
    /// body that ran to its end on that thread (a synchronous body, or an async one whose every run completed without
    /// yielding). Allocations the body made on other threads (<c>Task.Run</c>, <c>Parallel.For</c>) are not counted.
    /// </summary>
    CurrentThread,

    /// <summary>
    /// <c>GC.GetTotalAllocatedBytes(precise: true)</c> before and after each run: every thread of the process, exact as a
    /// total, so anything else that ran meanwhile (another test, the test runner, timers) is counted with the body.
    /// Used when a run of an async body yielded; trustworthy only when the check ran alone.
    /// </summary>
    ProcessWide,
}
