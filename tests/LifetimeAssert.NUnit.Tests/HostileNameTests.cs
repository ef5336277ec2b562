using System.Text;
using LifetimeAssert.Scenarios;
using LifetimeAssert.Testing.Runner;
using NUnit.Framework;

namespace LifetimeAssert.NUnit.Tests;

/// <summary>
/// Leaking test cases whose names are hostile to file names and shells, run by the real NUnit runner with the real heap
/// dump writer (LifetimeAssert.NUnit.DumpScenarios): the verdict, the files and the printed commands stay right (issue 19).
/// </summary>
public sealed class HostileNameTests
{
    private static readonly string Folder = DumpCommand.ResultsFolderOf(ScenarioRun.DumpAssemblyPath);

    [OneTimeSetUp]
    public static void StartFromAnEmptyFolder()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    [OneTimeTearDown]
    public static void DeleteTheDumps()
    {
        foreach (var dump in Directory.Exists(Folder) ? Directory.GetFiles(Folder, "*.dmp") : [])
        {
            File.Delete(dump);
        }
    }

    [Test]
    public void A_percent_sign_in_a_case_leaves_the_dump_at_the_path_the_report_gives()
    {
        var path = ReportedDump(Single($"Dumped_Leaking(\"{HostileRows.Percent}\")"));

        Assert.That(Path.GetFileName(path), Does.Not.Contain("%"));
    }

    [Test]
    public void The_open_command_of_a_case_holding_a_command_is_quoted_for_a_shell() =>
        ReportedDump(Single($"Dumped_Leaking(\"{HostileRows.Command}\")"));

    [Test]
    public void A_300_character_case_fails_with_its_leak_report_files_and_dump()
    {
        var result = Single($"Dumped_Leaking(\"{HostileRows.Long}\")");

        ReportedDump(result);
        Assert.That(result.Attachments.Select(Path.GetExtension), Is.EquivalentTo(new[] { ".txt", ".svg" }));
        Assert.That(Directory.GetFiles(Folder).Select(f => Encoding.UTF8.GetByteCount(Path.GetFileName(f))), Has.All.InRange(1, 255));
    }

    [Test]
    public void The_folder_holds_the_reported_dumps_only_readable_by_this_user_only()
    {
        var dumped = ScenarioRun.DumpScenarios.Where(r => r.FullName.Contains(".Dumped_Leaking(", StringComparison.Ordinal)).ToList();

        Assert.That(dumped, Has.Count.EqualTo(3));
        Assert.That(Directory.GetFiles(Folder, "*.dmp"), Is.EquivalentTo(dumped.Select(ReportedDump)));

        // Not attached unless AttachDumpToResult: the report and the chart are.
        Assert.That(dumped.Select(r => r.Attachments.Select(Path.GetExtension)), Has.All.EquivalentTo(new[] { ".txt", ".svg" }));
        if (!OperatingSystem.IsWindows())
        {
            Assert.That(File.GetUnixFileMode(Folder), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute));
            foreach (var file in Directory.GetFiles(Folder))
            {
                Assert.That(File.GetUnixFileMode(file), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite), file);
            }
        }
    }

    [Test]
    public void Cases_that_sanitize_alike_get_files_of_their_own()
    {
        var slashed = Single($"Alike_Leaking(\"{HostileRows.Slashed}\")");
        var unslashed = Single($"Alike_Leaking(\"{HostileRows.Unslashed}\")");

        var reports = new[] { slashed, unslashed }.Select(r => r.Attachments.Single(a => a.EndsWith(".leak.txt", StringComparison.Ordinal))).ToList();
        Assert.That(reports.Distinct(), Has.Exactly(2).Items);
        Assert.That(File.ReadAllLines(reports[0])[0], Is.EqualTo(FirstLine(slashed.Message)));
        Assert.That(File.ReadAllLines(reports[1])[0], Is.EqualTo(FirstLine(unslashed.Message)));
    }

    private static ScenarioResult Single(string name)
    {
        var matches = ScenarioRun.DumpScenarios.Where(r => r.FullName.EndsWith("." + name, StringComparison.Ordinal)).ToList();
        Assert.That(matches, Has.Count.EqualTo(1), $"Expected one result named {name}.");
        return matches[0];
    }

    private static string FirstLine(string text) => text.Split('\n')[0].TrimEnd('\r');

    /// <summary>
    /// The dump of a leaking case: the report's <c>open:</c> line, pasted into a shell, names one file — the dump, which
    /// exists in the results folder — and runs nothing; the <c>dump:</c> line names it the same way.
    /// </summary>
    private static string ReportedDump(ScenarioResult result)
    {
        Assert.That(result.Result, Is.EqualTo("Failed"), result.Output);
        Assert.That(result.Label, Is.Null, "an assertion failure, not an error: " + result.Message);
        Assert.That(result.Message, Does.StartWith("AssertNoLeak: 1 leak in "));
        var command = DumpCommand.FromReport(result.Message);
        Assert.That(command.FilesCreated, Is.Empty, command.OpenLine);
        Assert.That(command.Arguments, Has.Count.EqualTo(1), command.OpenLine);
        var path = command.Arguments[0];
        Assert.That(File.Exists(path), $"{path} is missing; the report:\n{result.Message}");
        Assert.That(Path.GetDirectoryName(path), Is.EqualTo(Folder));
        Assert.That(result.Message, Does.Contain($"  dump: {command.OpenLine[DumpCommand.OpenPrefix.Length..]} ("));
        return path;
    }
}
