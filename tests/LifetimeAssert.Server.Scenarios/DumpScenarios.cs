using LifetimeAssert.Xunit;

namespace LifetimeAssert.Server.Scenarios;

/// <summary>A leak with SaveDumpOnLeak and AttachDumpToResult: the failed test carries the heap dump the engine wrote while the leak was alive.</summary>
public sealed class DumpScenarios
{
    private static readonly List<Basket> Baskets = [];

    [Fact, AssertNoLeak(Track = [typeof(Basket)], SaveDumpOnLeak = true, AttachDumpToResult = true)]
    public void Dump_Leaking() => Baskets.Add(new Basket());

    /// <summary>Registers itself, so the check tracks it.</summary>
    public sealed class Basket
    {
        public Basket() => LifetimeTracker.Track(this);
    }
}
