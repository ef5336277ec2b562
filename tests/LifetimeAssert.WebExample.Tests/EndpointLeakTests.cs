using System.Text.RegularExpressions;

namespace LifetimeAssert.WebExample.Tests;

/// <summary>
/// The real xUnit v3 runner executes the web example's scenario assembly once. Through WebApplicationFactory and through
/// a plain TestServer, the leaking endpoint must fail naming DbConnection, the example's repository as the creation
/// site and the container that holds the connections; the fixed endpoint must pass having counted the same connections,
/// made on the server's pipeline outside the test's async flow.
/// </summary>
public sealed class EndpointLeakTests
{
    private const string CountedOffFlow = "registered outside the test's async flow, counted";

    private static XunitScenarioRun Run => XunitScenarioRun.For(ScenarioAssembly.PathRecordedIn(typeof(EndpointLeakTests).Assembly));

    // The root provider keeps every disposable transient it resolved: the path ends in its list of disposables.
    public static TheoryData<string, string> Leaks() => new()
    {
        { "WebApplicationFactoryScenarios.Factory_LeakyEndpoint", "OrdersApiFactory -> TestServer -> " },
        { "TestServerScenarios.TestServer_LeakyEndpoint", "OrdersTestServer -> WebApplication -> Host -> ServiceProvider -> " },
    };

    [Theory]
    [MemberData(nameof(Leaks))]
    public async Task Leaking_endpoint_fails_naming_the_connection_where_it_was_made_and_what_holds_it(string test, string server)
    {
        var result = await Run.SingleAsync(test);

        Assert.True(result.Outcome == "Fail", $"{result.Name} should fail but: {result.Outcome}\n{result.Output}");
        Assert.Equal("LifetimeAssert.LeakDetectedException", result.ExceptionType);
        Assert.Contains("AssertNoLeak: 1 leak in", result.Message, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^\s+DbConnection +grew \[", result.Message);
        Assert.Matches(@"(?m)^\s+created at .*, called from LeakyOrderRepository\.FindAsync in LeakyOrderRepository\.cs:\d+", result.Message);
        Assert.Matches(
            $@"(?m)^\s+held by  .*{Regex.Escape(server)}ServiceProviderEngineScope -> List<object> -> object\[\] -> TrackedConnection( |\r?$)",
            result.Message);
        Assert.Contains(CountedOffFlow, result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("WebApplicationFactoryScenarios.Factory_FixedEndpoint")]
    [InlineData("TestServerScenarios.TestServer_FixedEndpoint")]
    public async Task Fixed_endpoint_passes_having_counted_its_connections(string test)
    {
        var result = await Run.SingleAsync(test);

        Assert.True(result.Outcome == "Pass", $"{result.Name} should pass but: {result.Message}");

        // A pass with nothing counted would prove nothing: the report in the output says what was counted.
        Assert.Contains("AssertNoLeak: no leak in", result.Output, StringComparison.Ordinal);
        Assert.Contains("flat: DbConnection [", result.Output, StringComparison.Ordinal);
        Assert.Contains(CountedOffFlow, result.Output, StringComparison.Ordinal);
    }
}
