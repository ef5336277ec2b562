namespace WiringFixture;

/// <summary>Runs code where the test's async flow does not reach, as a server pipeline or a timer callback would.</summary>
internal static class OffFlow
{
    public static Task RunAsync(Action action)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // UnsafeQueueUserWorkItem does not capture the ExecutionContext: the check's AsyncLocal scope is not there.
        ThreadPool.UnsafeQueueUserWorkItem(
            static state =>
            {
                try
                {
                    state.action();
                    state.done.SetResult();
                }
                catch (Exception e)
                {
                    state.done.SetException(e);
                }
            },
            (action, done),
            preferLocal: false);
        return done.Task;
    }
}
