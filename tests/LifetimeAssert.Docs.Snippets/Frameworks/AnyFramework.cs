using System.Data.Common;
using FluentAssertions;
using LifetimeAssert.FluentAssertions;

namespace LifetimeAssert.Docs.Snippets.Frameworks;

public sealed class AnyFramework
{
    private readonly OrderRepository repository = new();
    private readonly Order order = new(1, "first order");

    public async Task Imperative()
    {
        // begin-snippet: frameworks-imperative
        LeakReport report = await Leak.CheckAsync(() => repository.FindById(42), options => options
            .Iterations(40)
            .Track<PreparedStatement>());
        report.ThrowIfLeaking();   // LeakDetectedException, the report as its message
        // end-snippet
    }

    public async Task Fluent(LeakReport report)
    {
        // begin-snippet: frameworks-fluent
        repository.Invoking(r => r.Save(order)).Should().NotLeak<Connection>();
        await repository.Awaiting(r => r.SaveAsync(order)).Should().NotLeakAsync<Connection>();
        await repository.Awaiting(r => r.FindById(42)).Should().NotLeakAsync(o => o.Track<DbCommand>());  // Func<Task<T>>
        await repository.Invoking(r => r.FlushAsync()).Should().NotLeakAsync<Connection>();   // Func<ValueTask>, awaited each run
        report.Should().HaveNoLeaks();
        // end-snippet
    }
}
