using System.Text.Json;

namespace LifetimeAssert.Sweep.Tests;

/// <summary>Adopting the sweep in a suite with old leaks: a baseline, written by one command, and the run's summary for CI.</summary>
public sealed class SweepAdoptionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lifetimeassert-sweep-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_leak_the_baseline_lists_is_reported_a_new_one_fails_and_a_fixed_one_says_to_remove_its_line()
    {
        var baseline = Path.Combine(_folder, "baseline.json");
        await File.WriteAllTextAsync(baseline, """
            { "version": 1, "leaks": [
              { "test": "MarkedTests.Listed_in_the_baseline", "type": "LifetimeAssert.Scenarios.Resource", "count": 1 },
              { "test": "PlainTests.Disposes_what_it_opens", "type": "LifetimeAssert.Scenarios.Resource", "count": 1 } ] }
            """, TestContext.Current.CancellationToken);
        var run = SweepRuns.Run(null, ("LIFETIMEASSERT_SWEEP_BASELINE_FILE", baseline));

        var listed = await run.SingleAsync("MarkedTests.Listed_in_the_baseline");
        Expect.Passed(listed);
        Assert.Contains("left 1 object behind, as the baseline lists (not failed)", listed.Output, StringComparison.Ordinal);
        Expect.LeakedWith(await run.SingleAsync("PlainTests.Leaves_a_resource_open"), "left 1 object behind");
        var fixedOne = await run.SingleAsync("PlainTests.Disposes_what_it_opens");
        Expect.Passed(fixedOne);
        Assert.Contains("the baseline lists LifetimeAssert.Scenarios.Resource for this test, which it no longer leaves behind: remove its line", fixedOne.Output, StringComparison.Ordinal);
        Assert.Contains("baseline: PlainTests.Disposes_what_it_opens no longer leaks LifetimeAssert.Scenarios.Resource: remove its line", run.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_command_writes_the_baseline_of_every_leak_and_with_it_the_suite_passes()
    {
        var baseline = Path.Combine(_folder, "written.json");
        await SweepRuns.Run(null, ("LIFETIMEASSERT_SWEEP_BASELINE", "update"), ("LIFETIMEASSERT_SWEEP_BASELINE_FILE", baseline)).AllAsync();

        using var written = JsonDocument.Parse(await File.ReadAllTextAsync(baseline, TestContext.Current.CancellationToken));
        var tests = written.RootElement.GetProperty("leaks").EnumerateArray().Select(l => l.GetProperty("test").GetString()).ToArray();
        Assert.Contains("PlainTests.Leaves_a_resource_open", tests);
        Assert.Contains("MarkedTests.Listed_in_the_baseline", tests);

        var withBaseline = await SweepRuns.Run(null, ("LIFETIMEASSERT_SWEEP_BASELINE_FILE", baseline)).AllAsync();
        Assert.DoesNotContain(withBaseline, r => r.ExceptionType == "LifetimeAssert.LeakSweepException" && r.Name.EndsWith("Leaves_a_resource_open", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_summary_goes_to_the_results_folder_as_JSON_and_to_the_step_summary_as_a_table()
    {
        var stepSummary = Path.Combine(_folder, "step-summary.md");
        (string, string?)[] environment = [("GITHUB_STEP_SUMMARY", stepSummary)];
        var run = SweepRuns.Run(null, environment);
        await run.AllAsync();

        var markdown = await File.ReadAllTextAsync(stepSummary, TestContext.Current.CancellationToken);
        Assert.Contains("### LifetimeAssert sweep — LifetimeAssert.Sweep.Xunit.Scenarios", markdown, StringComparison.Ordinal);
        Assert.Contains("| dispose | 22 | 9 | 1 | 1 | 0 |", markdown, StringComparison.Ordinal);
        Assert.Contains("- `PlainTests.Leaves_a_resource_open`: 1 `LifetimeAssert.Scenarios.Resource`", markdown, StringComparison.Ordinal);

        var json = Path.Combine(SweepRuns.ResultsFolder(null, environment), "LifetimeAssert.Sweep.Xunit.Scenarios.sweep.json");
        using var summary = JsonDocument.Parse(await File.ReadAllTextAsync(json, TestContext.Current.CancellationToken));
        Assert.Equal(22, summary.RootElement.GetProperty("checked").GetInt32());
        Assert.Equal(9, summary.RootElement.GetProperty("leaked").GetInt32());
        Assert.False(summary.RootElement.GetProperty("sawNothing").GetBoolean());
    }
}
