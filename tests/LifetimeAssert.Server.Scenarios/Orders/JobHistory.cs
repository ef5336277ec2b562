namespace LifetimeAssert.Server.Scenarios.Orders;

/// <summary>A singleton that keeps every job it is given and is never trimmed: the hosted service grows per order.</summary>
public sealed class JobHistory
{
    private readonly List<Job> _jobs = [];

    public void Add(Job job)
    {
        // Written by the processor, possibly read elsewhere.
        lock (_jobs)
        {
            _jobs.Add(job);
        }
    }
}
