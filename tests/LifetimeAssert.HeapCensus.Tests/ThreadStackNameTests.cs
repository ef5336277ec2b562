namespace LifetimeAssert.HeapCensus.Tests;

/// <summary>Start methods as the sampled stacks name them, shortened to what a reader looks for.</summary>
public sealed class ThreadStackNameTests
{
    [Theory]
    [InlineData("MyApp.Feeds.QuoteFeed+Poller.Poll(int32)", "QuoteFeed.Poller.Poll")]
    [InlineData("System.Threading.PortableThreadPool+WorkerThread.WorkerThreadStart()", "PortableThreadPool.WorkerThread.WorkerThreadStart")]
    [InlineData("System.Collections.Generic.List`1[System.__Canon].Add(!0)", "List.Add")]
    [InlineData("MyApp.Feeds.QuoteFeed..ctor()", "QuoteFeed..ctor")]
    [InlineData("MyApp.Program+<>c.<Main>b__0_0()", "Program.<>c.<Main>b__0_0")]
    [InlineData("Poll", "Poll")]
    public void A_frame_is_named_by_its_type_and_method_without_namespace_or_parameters(string frame, string expected) =>
        Assert.Equal(expected, ThreadStacks.ShortMethodName(frame));
}
