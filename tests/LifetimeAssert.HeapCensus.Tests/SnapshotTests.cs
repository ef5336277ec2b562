using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace LifetimeAssert.HeapCensus.Tests;

/// <summary>
/// Counts are exact and live-only; a snapshot that cannot be complete makes the check inconclusive with the reason
/// and the fix, never a count of 0.
/// </summary>
[Collection(CensusCollection.Name)]
public sealed class SnapshotTests
{
    private const string DiagnosticsSwitch = "DOTNET_EnableDiagnostics";
    private const string ChildTest = "LifetimeAssert.HeapCensus.Tests.SnapshotTests.Counts_are_exact_and_live_only_or_inconclusive_without_diagnostics";

    private static Marker[]? _kept;

    [Fact]
    public void Counts_are_exact_and_live_only_or_inconclusive_without_diagnostics()
    {
        KeepAndDrop(1000);
        try
        {
            if (Environment.GetEnvironmentVariable(DiagnosticsSwitch) == "0")
            {
                // Run as a child process by the test below: the runtime really has no diagnostics server here.
                var error = Assert.Throws<ProbeInconclusiveException>(() => HeapSnapshotter.Take(includeGraph: false));
                Assert.Contains($"{DiagnosticsSwitch}=0", error.Message, StringComparison.Ordinal);
                return;
            }

            GC.Collect();
            GC.WaitForPendingFinalizers();
            var snapshot = HeapSnapshotter.Take(includeGraph: false);
            Assert.Equal(1000, snapshot.ByTypeId[(ulong)typeof(Marker).TypeHandle.Value].Count);
        }
        finally
        {
            _kept = null;
        }
    }

    [Fact]
    public async Task A_snapshot_that_lost_events_is_inconclusive()
    {
        // About 20 MB of small objects: far more than a 1 MB event buffer holds.
        var ballast = Enumerable.Range(0, 400_000).Select(i => new Marker()).ToArray();
        HeapSnapshotter.BufferMegabytesOverride = 1;
        try
        {
            var report = await Checks.RunAsync(() => { }, o => o.Census("System.Threading.TimerQueueTimer"));

            Assert.True(report.Verdict == LeakVerdict.Inconclusive, report.ToString());
            Assert.Contains("System.Threading.TimerQueueTimer: the heap snapshot is incomplete", report.InconclusiveReason, StringComparison.Ordinal);
            Assert.Contains("events of the heap walk were lost", report.ToString(), StringComparison.Ordinal);
            Assert.StartsWith("AssertNoLeak: inconclusive for", report.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            HeapSnapshotter.BufferMegabytesOverride = null;
            GC.KeepAlive(ballast);
        }
    }

    [Fact]
    public async Task Diagnostics_switched_off_make_the_check_inconclusive_with_the_fix()
    {
        Environment.SetEnvironmentVariable(DiagnosticsSwitch, "0");
        try
        {
            var report = await Checks.RunAsync(() => { }, o => o.Census("System.Threading.TimerQueueTimer"));

            Assert.True(report.Verdict == LeakVerdict.Inconclusive, report.ToString());
            Assert.Contains($"unset {DiagnosticsSwitch}", report.InconclusiveReason, StringComparison.Ordinal);
            Assert.Throws<LeakDetectedException>(report.ThrowIfLeaking);
        }
        finally
        {
            Environment.SetEnvironmentVariable(DiagnosticsSwitch, null);
        }
    }

    [Fact]
    public async Task A_process_started_without_diagnostics_cannot_snapshot_and_says_why()
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { [DiagnosticsSwitch] = "0" },
        };

        // Under "dotnet test" the host may be dotnet itself, with the test assembly as its first argument.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(SnapshotTests).Assembly.Location);
        }

        foreach (var argument in new[] { "-method", ChildTest })
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = child.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await child.WaitForExitAsync(TestContext.Current.CancellationToken);

        var text = await output + await errors;
        Assert.True(child.ExitCode == 0, text);
        Assert.Contains("Total: 1, Errors: 0, Failed: 0, Skipped: 0", text, StringComparison.Ordinal);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void KeepAndDrop(int count)
    {
        _kept = Enumerable.Range(0, count).Select(_ => new Marker()).ToArray();
        for (var i = 0; i < count; i++)
        {
            GC.KeepAlive(new Marker());
        }
    }

    private sealed class Marker;
}
