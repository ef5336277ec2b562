using System.Text;
using LifetimeAssert.Scenarios;

namespace LifetimeAssert.Xunit.Tests;

/// <summary>
/// Leaking rows whose names are hostile to file names and shells, run by the real xUnit v3 runner with the real heap
/// dump writer (LifetimeAssert.Xunit.DumpScenarios): the verdict, the files and the printed commands stay right (issue 19).
/// </summary>
public sealed class HostileNameTests(HostileNameTests.Scenarios scenarios) : IClassFixture<HostileNameTests.Scenarios>
{
    private const string Report = "lifetimeassert-report";
    private const string Chart = "lifetimeassert-chart.svg";

    [Fact]
    public async Task A_percent_sign_in_a_row_leaves_the_dump_at_the_path_the_report_gives()
    {
        var result = await scenarios.Run.SingleAsync($"Dumped_Leaking(row: \"{HostileRows.Percent}\")");

        var path = ReportedDump(result);
        Assert.DoesNotContain('%', Path.GetFileName(path));
    }

    [Fact]
    public async Task The_open_command_of_a_row_holding_a_command_is_quoted_for_a_shell()
    {
        var result = await scenarios.Run.SingleAsync($"Dumped_Leaking(row: \"{HostileRows.Command}\")");

        ReportedDump(result);
    }

    [Fact]
    public async Task A_300_character_name_fails_with_its_leak_report_files_and_dump()
    {
        var result = Assert.Single(await scenarios.Run.AllAsync(), r => r.Method == "Long_Leaking");

        ReportedDump(result);
        Assert.Equal([Report, Chart], result.Attachments);
        Assert.All(Directory.GetFiles(scenarios.Folder), f => Assert.InRange(Encoding.UTF8.GetByteCount(Path.GetFileName(f)), 1, 255));
    }

    [Fact]
    public async Task The_folder_holds_the_reported_dumps_only_readable_by_this_user_only()
    {
        var dumped = (await scenarios.Run.AllAsync()).Where(r => r.Method is "Dumped_Leaking" or "Long_Leaking").ToList();

        Assert.Equal(3, dumped.Count);
        var reported = dumped.Select(ReportedDump).Order(StringComparer.Ordinal);
        Assert.Equal(reported, Directory.GetFiles(scenarios.Folder, "*.dmp").Order(StringComparer.Ordinal));
        Assert.All(dumped, r => Assert.Equal([Report, Chart], r.Attachments));   // not attached unless AttachDumpToResult
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(scenarios.Folder));
            foreach (var file in Directory.GetFiles(scenarios.Folder))
            {
                Assert.True(File.GetUnixFileMode(file) == (UnixFileMode.UserRead | UnixFileMode.UserWrite), $"{file}: {File.GetUnixFileMode(file)}");
            }
        }
    }

    [Fact]
    public async Task Rows_named_alike_get_files_of_their_own()
    {
        var rows = (await scenarios.Run.AllAsync()).Where(r => r.Method == "Alike_Leaking").ToList();

        Assert.Equal(4, rows.Count);
        var reports = Directory.GetFiles(scenarios.Folder, "*Alike_Leaking*.leak.txt");
        Assert.Equal(4, reports.Length);
        Assert.All(rows, row =>
        {
            Assert.Equal("Fail", row.Outcome);
            Assert.Single(reports, f => row.Message == "LifetimeAssert.LeakDetectedException : " + File.ReadAllText(f));
        });
    }

    /// <summary>
    /// The dump of a leaking row: the report's <c>open:</c> line, pasted into a shell, names one file — the dump, which
    /// exists in the results folder — and runs nothing; the <c>dump:</c> line names it the same way.
    /// </summary>
    private string ReportedDump(ScenarioResult result)
    {
        Assert.True(result.Outcome == "Fail", $"{result.Name}: {result.Outcome}\n{result.Output}");
        Assert.Equal(typeof(LeakDetectedException).FullName, result.ExceptionType);
        Assert.StartsWith("LifetimeAssert.LeakDetectedException : AssertNoLeak: 1 leak in ", result.Message, StringComparison.Ordinal);
        var command = DumpCommand.FromReport(result.Message);
        Assert.True(command.FilesCreated.Count == 0, $"pasted into a shell, {command.OpenLine.Trim()} created {string.Join(", ", command.FilesCreated)}");
        var path = Assert.Single(command.Arguments);
        Assert.True(File.Exists(path), $"{path} is missing; the report:\n{result.Message}");
        Assert.Equal(scenarios.Folder, Path.GetDirectoryName(path));
        Assert.Contains($"  dump: {command.OpenLine[DumpCommand.OpenPrefix.Length..]} (", result.Message, StringComparison.Ordinal);
        return path;
    }

    /// <summary>One run of the dump scenarios for the class, from an empty results folder; their dumps are deleted afterwards.</summary>
    public sealed class Scenarios : IDisposable
    {
        public Scenarios()
        {
            var assembly = ScenarioAssembly.AdditionalPathRecordedIn(typeof(Scenarios).Assembly, "LifetimeAssert.Xunit.DumpScenarios");
            Folder = DumpCommand.ResultsFolderOf(assembly);
            if (Directory.Exists(Folder))
            {
                Directory.Delete(Folder, recursive: true);
            }

            Run = XunitScenarioRun.For(assembly);
        }

        public string Folder { get; }

        public XunitScenarioRun Run { get; }

        public void Dispose()
        {
            foreach (var dump in Directory.Exists(Folder) ? Directory.GetFiles(Folder, "*.dmp") : [])
            {
                File.Delete(dump);
            }
        }
    }
}
