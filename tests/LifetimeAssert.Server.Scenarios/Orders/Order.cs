namespace LifetimeAssert.Server.Scenarios.Orders;

/// <summary>An order for the processor, with the acknowledgement its sender awaits.</summary>
/// <param name="Id">The order's id; the acknowledgement carries it back.</param>
/// <param name="KeepJob">True: the processor files the order's job in the job history (the leak).</param>
public sealed record Order(int Id, bool KeepJob)
{
    // Asynchronous continuations: the sender's code must not run on the processor's loop.
    public TaskCompletionSource<int> Processed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
