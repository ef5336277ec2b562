using FluentAssertions;
using LifetimeAssert.FluentAssertions;
using LifetimeAssert.Xunit;
using Xunit;

namespace LifetimeAssert.Docs.Snippets.Allocations;

public sealed class ParserTests(Parser parser) : IClassFixture<Parser>
{
    private const string line = "1,first order";

    // begin-snippet: allocations-attribute
    // xUnit v3, NUnit or MSTest — beside [Fact] / [Test] / [TestMethod]; on a method, a class or (defaults only) the assembly
    [Fact, AssertAllocations(MaxBytesPerRun = 4096)]
    public void Parse_stays_within_its_budget() => parser.Parse(line);
    // end-snippet

    internal async Task Imperative(MessageClient client, string message)
    {
        // begin-snippet: allocations-imperative
        AllocationReport report = await Leak.CheckAllocationsAsync(() => parser.Parse(line), o => o.MaxBytesPerRun(4096));
        report.ThrowIfOverBudget();          // AllocationBudgetExceededException, the report as its message
        // end-snippet

        // begin-snippet: allocations-fluent
        parser.Invoking(p => p.Parse(line)).Should().NotAllocateMoreThan(4096);
        await client.Awaiting(c => c.SendAsync(message)).Should().NotAllocateMoreThanAsync(16_384, o => o.RunsAlone());
        // end-snippet
    }
}
