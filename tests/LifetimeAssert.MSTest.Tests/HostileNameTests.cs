using System.Text;
using LifetimeAssert.Scenarios;
using LifetimeAssert.Testing.Runner;

namespace LifetimeAssert.MSTest.Tests;

/// <summary>
/// Leaking data rows whose names are hostile to file names and shells, run by the real MSTest runner with the real heap
/// dump writer (LifetimeAssert.MSTest.DumpScenarios): the verdict, the files and the printed commands stay right (issue
/// 19). MSTest names a row's files after its whole data row.
/// </summary>
[TestClass]
public sealed class HostileNameTests
{
    private static readonly string AssemblyPath = ScenarioAssembly.AdditionalPathRecordedIn(typeof(HostileNameTests).Assembly, "LifetimeAssert.MSTest.DumpScenarios");
    private static readonly string Folder = DumpCommand.ResultsFolderOf(AssemblyPath);
    private static readonly Lazy<MSTestRunResults> Results = new(() => MSTestRun.RunAsync(AssemblyPath).GetAwaiter().GetResult());

    [ClassInitialize]
    public static void StartFromAnEmptyFolder(TestContext context)
    {
        _ = context;
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    [ClassCleanup]
    public static void DeleteTheDumps()
    {
        foreach (var dump in Directory.Exists(Folder) ? Directory.GetFiles(Folder, "*.dmp") : [])
        {
            File.Delete(dump);
        }
    }

    [TestMethod]
    public void A_percent_sign_in_a_row_leaves_the_dump_at_the_path_the_report_gives()
    {
        var path = ReportedDump(Single($"Dumped_Leaking (\"{HostileRows.Percent}\")"));

        Assert.DoesNotContain("%", Path.GetFileName(path));
    }

    [TestMethod]
    public void The_open_command_of_a_row_holding_a_command_is_quoted_for_a_shell() =>
        ReportedDump(Single($"Dumped_Leaking (\"{HostileRows.Command}\")"));

    [TestMethod]
    public void A_300_character_row_fails_with_its_leak_report_files_and_dump()
    {
        var result = Single($"Dumped_Leaking (\"{HostileRows.Long}\")");

        ReportedDump(result);
        CollectionAssert.AreEquivalent(new[] { ".txt", ".svg" }, result.ResultFiles.Select(Path.GetExtension).ToArray());
        Assert.IsTrue(Directory.GetFiles(Folder).All(f => Encoding.UTF8.GetByteCount(Path.GetFileName(f)) is > 0 and <= 255));
    }

    [TestMethod]
    public void The_folder_holds_the_reported_dumps_only_readable_by_this_user_only()
    {
        var dumped = Results.Value.Tests.Where(r => r.Name.StartsWith("Dumped_Leaking ", StringComparison.Ordinal)).ToList();

        Assert.HasCount(3, dumped);
        CollectionAssert.AreEquivalent(dumped.Select(ReportedDump).ToArray(), Directory.GetFiles(Folder, "*.dmp"));

        // Not attached unless AttachDumpToResult: the report and the chart are.
        Assert.IsTrue(dumped.All(r => r.ResultFiles.Select(Path.GetExtension).Order(StringComparer.Ordinal).SequenceEqual([".svg", ".txt"])));
        if (!OperatingSystem.IsWindows())
        {
            Assert.AreEqual(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Folder));
            foreach (var file in Directory.GetFiles(Folder))
            {
                Assert.AreEqual(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file), file);
            }
        }
    }

    [TestMethod]
    [DataRow("Alike_Leaking", 2)]
    [DataRow("Arrays_Leaking", 2)]
    public void Rows_named_alike_get_files_of_their_own(string method, int rows)
    {
        var results = Results.Value.Tests.Where(r => r.Name.StartsWith(method + " ", StringComparison.Ordinal)).ToList();

        Assert.HasCount(rows, results);
        // The TRX names a result file by the run's copy of it; the check wrote it to the results folder under that name.
        var reports = results.Select(r => Path.Combine(Folder, Path.GetFileName(r.ResultFiles.Single(f => f.EndsWith(".leak.txt", StringComparison.Ordinal))))).ToList();
        Assert.HasCount(rows, reports.Distinct());
        foreach (var (result, report) in results.Zip(reports))
        {
            Assert.AreEqual("Failed", result.Outcome);
            Assert.AreEqual(result.Message, File.ReadAllText(report));
        }
    }

    private static MSTestResult Single(string name)
    {
        var matches = Results.Value.Tests.Where(r => r.Name == name).ToList();
        Assert.HasCount(1, matches, $"Expected one result named {name} among {string.Join(", ", Results.Value.Tests.Select(r => r.Name))}.");
        return matches[0];
    }

    /// <summary>
    /// The dump of a leaking row: the report's <c>open:</c> line, pasted into a shell, names one file — the dump, which
    /// exists in the results folder — and runs nothing; the <c>dump:</c> line names it the same way.
    /// </summary>
    private static string ReportedDump(MSTestResult result)
    {
        Assert.AreEqual("Failed", result.Outcome, result.Output);
        Assert.StartsWith("AssertNoLeak: 1 leak in ", result.Message);
        var command = DumpCommand.FromReport(result.Message);
        Assert.IsEmpty(command.FilesCreated, command.OpenLine);
        Assert.HasCount(1, command.Arguments, command.OpenLine);
        var path = command.Arguments[0];
        Assert.IsTrue(File.Exists(path), $"{path} is missing; the report:\n{result.Message}");
        Assert.AreEqual(Folder, Path.GetDirectoryName(path));
        Assert.Contains($"  dump: {command.OpenLine[DumpCommand.OpenPrefix.Length..]} (", result.Message);
        return path;
    }
}
