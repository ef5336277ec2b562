using System.Runtime.CompilerServices;

namespace LifetimeAssert.Server.Scenarios.Audit;

/// <summary>
/// Writes audit entries on the thread pool without the caller's execution context, as a fire-and-forget writer, a
/// server pipeline or a timer callback does: the entries are registered outside the test's async flow.
/// </summary>
public static class AuditTrail
{
    // Every entry written and kept is held here for the process's lifetime: the leak.
    private static readonly List<AuditEntry> Written = [];

    /// <summary>Writes an entry for <paramref name="action"/> and, when <paramref name="keep"/>, keeps it.</summary>
    /// <returns>A task that completes when the entry was written.</returns>
    public static Task WriteAsync(string action, bool keep)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // UnsafeQueueUserWorkItem does not capture the ExecutionContext: the check's AsyncLocal scope is not there.
        ThreadPool.UnsafeQueueUserWorkItem(
            static state =>
            {
                try
                {
                    Write(state.action, state.keep);
                    state.done.SetResult();
                }
                catch (Exception e)
                {
                    state.done.SetException(e);
                }
            },
            (action, keep, done),
            preferLocal: false);
        return done.Task;
    }

    // Never inlined into the work item, so the report's creation site names it.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Write(string action, bool keep)
    {
        var entry = new AuditEntry(action);
        if (keep)
        {
            lock (Written)
            {
                Written.Add(entry);
            }
        }
    }
}
