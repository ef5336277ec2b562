using System.Text.RegularExpressions;

namespace LifetimeAssert.Server.Tests;

/// <summary>
/// The real xUnit v3 runner executes the server scenario assembly once. Objects made by server code outside the
/// test's async flow (an endpoint's handler on TestServer, a hosted service's loop, work queued without the
/// execution context) must be counted for the check that runs alone: each leak fails naming its type and the object
/// that holds it, each clean twin passes having counted the same objects, and a check that opts out of running alone
/// fails as unchecked instead of passing.
/// </summary>
public sealed class ServerLeakTests
{
    private const string CountedOffFlow = "registered outside the test's async flow, counted";

    private static XunitScenarioRun Run => XunitScenarioRun.For(ScenarioAssembly.PathRecordedIn(typeof(ServerLeakTests).Assembly));

    // The retention path ends with the holder's own references, so each expectation names the holder and what it holds.
    public static TheoryData<string, string, string> Leaks() => new()
    {
        { "EndpointScenarios.Endpoint_Leaking", "RequestLog", "RequestLogStore -> List<RequestLog> -> RequestLog[] -> RequestLog" },
        { "HostedServiceScenarios.HostedService_Leaking", "Job", "JobHistory -> List<Job> -> Job[] -> Job" },
        { "QueuedWorkScenarios.QueuedWork_Leaking", "AuditEntry", "static AuditTrail.Written (List<AuditEntry>) -> AuditEntry[] -> AuditEntry" },
    };

    [Theory]
    [MemberData(nameof(Leaks))]
    public async Task Off_flow_leak_fails_with_its_type_and_what_holds_it(string test, string type, string heldBy)
    {
        var result = await Run.SingleAsync(test);

        Assert.True(result.Outcome == "Fail", $"{result.Name} should fail but: {result.Outcome}\n{result.Output}");
        Assert.Equal("LifetimeAssert.LeakDetectedException", result.ExceptionType);
        Assert.Contains("AssertNoLeak: 1 leak in", result.Message, StringComparison.Ordinal);
        Assert.Matches($@"(?m)^\s+{type} +grew \[", result.Message);
        Assert.Matches($@"(?m)^\s+held by  .*{Regex.Escape(heldBy)}( |\r?$)", result.Message);
        Assert.Contains(CountedOffFlow, result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("EndpointScenarios.Endpoint_Clean", "RequestLog")]
    [InlineData("HostedServiceScenarios.HostedService_Clean", "Job")]
    [InlineData("QueuedWorkScenarios.QueuedWork_Clean", "AuditEntry")]
    public async Task Clean_twin_passes_having_counted_its_off_flow_objects(string test, string type)
    {
        var result = await Run.SingleAsync(test);

        Assert.True(result.Outcome == "Pass", $"{result.Name} should pass but: {result.Message}");

        // A pass with nothing counted would prove nothing: the report in the output says what was counted.
        Assert.Contains("AssertNoLeak: no leak in", result.Output, StringComparison.Ordinal);
        Assert.Contains($"flat: {type} [", result.Output, StringComparison.Ordinal);
        Assert.Contains(CountedOffFlow, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opting_out_of_running_alone_fails_as_unchecked_never_passes()
    {
        var result = await Run.SingleAsync("EndpointNotAloneScenarios.Endpoint_NotAlone_Leaking");

        Assert.True(result.Outcome == "Fail", $"{result.Name} should fail but: {result.Outcome}\n{result.Output}");
        Assert.Equal("LifetimeAssert.LeakDetectedException", result.ExceptionType);
        Assert.Contains("AssertNoLeak: nothing checked in", result.Message, StringComparison.Ordinal);
        Assert.Contains("registered outside the test's async flow and not counted", result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(CountedOffFlow, result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_leak_with_SaveDumpOnLeak_carries_its_heap_dump()
    {
        var result = await Run.SingleAsync("DumpScenarios.Dump_Leaking");

        Assert.True(result.Outcome == "Fail", $"{result.Name} should fail but: {result.Outcome}\n{result.Output}");
        Assert.Contains("AssertNoLeak: 1 leak in DumpScenarios.Dump_Leaking", result.Message, StringComparison.Ordinal);
        var dump = Regex.Match(result.Message, @"(?m)^  dump: (?<path>\S+\.leak\.dmp) \(");
        Assert.True(dump.Success, result.Message);
        var path = dump.Groups["path"].Value;
        try
        {
            Assert.EndsWith(Path.Combine("TestResults", "LifetimeAssert", "LifetimeAssert.Server.Scenarios.DumpScenarios.Dump_Leaking.leak.dmp"), path, StringComparison.Ordinal);
            Assert.True(new FileInfo(path).Length > 0, $"{path} is missing or empty");
            Assert.Contains("    count:  dumpheap -stat -type LifetimeAssert.Server.Scenarios.DumpScenarios+Basket", result.Message, StringComparison.Ordinal);
            Assert.Equal(["lifetimeassert-report", "lifetimeassert-chart.svg", "lifetimeassert-dump"], result.Attachments);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
