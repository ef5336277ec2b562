using System.Runtime.CompilerServices;

namespace LifetimeAssert.HeapCensus.Discovery.Tests;

/// <summary>
/// The census package registers itself with <c>[assembly: CensusProvider]</c>; a check that names <c>Census</c> types
/// finds it although no type of the package was used, so the package is not even loaded when the check starts.
/// </summary>
public sealed class CensusDiscoveryTests : IDisposable
{
    private const string PackageAssembly = "LifetimeAssert.HeapCensus";
    private static readonly List<Order> Kept = [];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Census_finds_the_unloaded_package_and_judges_both_twins()
    {
        Assert.DoesNotContain(AppDomain.CurrentDomain.GetAssemblies(), a => a.GetName().Name == PackageAssembly);

        var clean = await Leak.CheckAsync(Drop, Census, Ct);
        var leaking = await Leak.CheckAsync(Keep, Census, Ct);

        Assert.True(clean.Verdict == LeakVerdict.Passed, clean.ToString());
        Assert.Equal(ProbeOutcome.Flat, Assert.Single(clean.Probes, p => p.Name == typeof(Order).FullName).Outcome);
        Assert.True(leaking.Verdict == LeakVerdict.Leaking, leaking.ToString());
        Assert.Equal(typeof(Order).FullName, Assert.Single(leaking.Leaks).Name);
        Assert.Contains(AppDomain.CurrentDomain.GetAssemblies(), a => a.GetName().Name == PackageAssembly);
    }

    public void Dispose() => Kept.Clear();

    private static void Census(LeakOptionsBuilder options) => options.Census(typeof(Order).FullName!).Iterations(6).SampleEvery(2);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Keep() => Kept.Add(new Order());

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Drop() => GC.KeepAlive(new Order());

    private sealed class Order
    {
        public byte[] Lines { get; } = new byte[32];
    }
}
