namespace LifetimeAssert.NUnit.Scenarios;

/// <summary>Makes the two parallel tests wait for each other, so their checks overlap.</summary>
internal static class ParallelPair
{
    private static readonly Barrier Both = new(2);

    public static void Meet()
    {
        if (!Both.SignalAndWait(TimeSpan.FromSeconds(60)))
        {
            throw new InvalidOperationException("The two parallel tests did not run at the same time.");
        }
    }
}
