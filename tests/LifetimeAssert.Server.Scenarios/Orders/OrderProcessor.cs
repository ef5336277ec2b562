using Microsoft.Extensions.Hosting;

namespace LifetimeAssert.Server.Scenarios.Orders;

/// <summary>
/// A hosted service that reads orders from the queue and makes a job for each. Its loop runs in the flow the host was
/// started in, never in a test's.
/// </summary>
public sealed class OrderProcessor(OrderQueue queue, JobHistory history) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var order in queue.Reader.ReadAllAsync(stoppingToken))
        {
            Process(order);
        }
    }

    private void Process(Order order)
    {
        try
        {
            var job = new Job(order.Id);
            if (order.KeepJob)
            {
                history.Add(job);
            }

            order.Processed.SetResult(job.OrderId);
        }
        catch (Exception e)
        {
            // The sender waits for the acknowledgement: it must hear of the failure instead of hanging.
            order.Processed.SetException(e);
        }
    }
}
