using System.Runtime.CompilerServices;

namespace LifetimeAssert.Running;

/// <summary>
/// The code path under test. Each run is invoked from a method that is never inlined and returns nothing
/// the body created, so no local or JIT temporary of the engine keeps a created object alive when the
/// heap is settled — in Debug and Release, with tiered compilation on or off.
/// </summary>
internal sealed class CheckBody
{
    private readonly Action? _action;
    private readonly Func<Task>? _asyncAction;

    private CheckBody(Action? action, Func<Task>? asyncAction)
    {
        _action = action;
        _asyncAction = asyncAction;
    }

    public static CheckBody From(Action action) => new(action, null);

    public static CheckBody From(Func<Task> asyncAction) => new(null, asyncAction);

    /// <summary>A body that returns a <see cref="ValueTask"/>: a run that did not complete synchronously is converted to a task.</summary>
    public static CheckBody From(Func<ValueTask> asyncAction) => new(null, () => asyncAction().AsTask());

    /// <summary>
    /// Runs that <see cref="RunAsync"/> completed so far, over every check that ran this body (a runner counts its own as
    /// the difference): a check stopped in the middle of a batch still reports the runs it made.
    /// </summary>
    public long CompletedRuns { get; private set; }

    /// <summary>True for an <see cref="Action"/> body: each run ends when the call returns, on the calling thread.</summary>
    public bool IsSynchronous => _action is not null;

    /// <summary>One run of a synchronous body (see <see cref="IsSynchronous"/>).</summary>
    public void RunOnce() => InvokeOnce(_action ?? throw new InvalidOperationException("The body is asynchronous; use StartOnce."));

    /// <summary>Starts one run of an asynchronous body and returns its task, which may already have completed.</summary>
    public Task StartOnce() => InvokeOnce(_asyncAction ?? throw new InvalidOperationException("The body is synchronous; use RunOnce."));

    /// <summary>
    /// Runs the body <paramref name="runs"/> times; completes synchronously for a synchronous body. An asynchronous run
    /// still pending when <paramref name="cancellationToken"/> is cancelled is abandoned: the returned task is cancelled.
    /// </summary>
    public Task RunAsync(int runs, CancellationToken cancellationToken)
    {
        if (_action is not null)
        {
            for (var i = 0; i < runs; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                InvokeOnce(_action);
                CompletedRuns++;
            }

            return Task.CompletedTask;
        }

        return RunAsyncCore(_asyncAction!, runs, cancellationToken);
    }

    // A separate async method: its state machine, and whatever it hoisted, is gone when it completes. A run that has not
    // completed is awaited with the cancellation, so a run that never returns is abandoned (left to run on, unobserved)
    // when the test is cancelled or the check's time budget is spent, and the check ends instead of waiting for it.
    private async Task RunAsyncCore(Func<Task> body, int runs, CancellationToken cancellationToken)
    {
        for (var i = 0; i < runs; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await InvokeOnce(body).WaitAsync(cancellationToken).ConfigureAwait(false);
            CompletedRuns++;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void InvokeOnce(Action body) => body();

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Task InvokeOnce(Func<Task> body) =>
        body() ?? throw new InvalidOperationException("The body returned a null Task; return a Task or make it synchronous.");
}
