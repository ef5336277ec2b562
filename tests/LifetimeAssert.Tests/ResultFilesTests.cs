using System.Text;
using LifetimeAssert.Scenarios;

namespace LifetimeAssert.Tests;

/// <summary>
/// The names of a check's files (issue 19): a plain test name is kept; any other is made safe for every file system and
/// shell, cut to a length every file system takes, and told apart from the names it reads like by a hash of itself.
/// </summary>
public sealed class ResultFilesTests
{
    // The array escapes through it: an unused one may be removed by the JIT's escape analysis (fully optimized code).
    private static byte[]? Kept { get; set; }

    [Theory]
    [InlineData("Shop.OrderTests.Save")]
    [InlineData("Shop.OrderTests+Nested.Save(2)")]
    [InlineData("Shop.OrderTests.Save(2,3)")]
    public void A_plain_name_is_kept(string name) => Assert.Equal(name, ResultFiles.NameOf(name));

    [Theory]
    [InlineData("Shop.OrderTests.Save(\"50%d\")", "Shop.OrderTests.Save(_50_d_)-")]
    [InlineData("Shop.OrderTests.Save(\"$(touch x)\")", "Shop.OrderTests.Save(__(touch_x)_)-")]
    [InlineData("Shop.OrderTests.Save(row: \"a/b\")", "Shop.OrderTests.Save(row___a_b_)-")]
    [InlineData("Shop.OrderTests.Save(é)", "Shop.OrderTests.Save(_)-")]
    [InlineData(".hidden", "_.hidden-")]
    [InlineData("-rf", "_-rf-")]
    [InlineData("NUL.Tests.Save", "_NUL.Tests.Save-")]
    [InlineData("", "_-")]
    public void Any_other_name_is_made_safe_and_gets_a_hash_of_itself(string name, string start)
    {
        var safe = ResultFiles.NameOf(name);

        Assert.StartsWith(start, safe, StringComparison.Ordinal);
        Assert.Matches("^[A-Za-z0-9._+(),=-]+-[0-9a-f]{12}$", safe);
        Assert.Equal(safe, ResultFiles.NameOf(name));
    }

    [Fact]
    public void A_long_name_is_cut_to_120_characters_before_its_hash()
    {
        var name = "Shop.OrderTests.Save(\"" + HostileRows.Long + "\")";

        var safe = ResultFiles.NameOf(name);

        Assert.Equal(ResultFiles.MaxNameLength + 13, safe.Length);
        Assert.StartsWith("Shop.OrderTests.Save(_abcdefghij-abcdefghij", safe, StringComparison.Ordinal);
        Assert.InRange(Encoding.UTF8.GetByteCount(safe + ".allocations.txt"), 1, 255);
    }

    [Fact]
    public void Names_that_read_alike_once_made_safe_or_cut_stay_apart()
    {
        string[] names =
        [
            "T.Rows(\"a/b\")", "T.Rows(\"a:b\")", "T.Rows(\"a b\")", "T.Rows(\"a_b\")",
            "T.Rows(\"" + HostileRows.Long + "1\")", "T.Rows(\"" + HostileRows.Long + "2\")",
        ];

        Assert.Equal(names.Length, names.Select(ResultFiles.NameOf).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    /// <summary>Two checks of one name in a process (MSTest rows of arrays, xUnit's cut arguments, names differing in case) never share files.</summary>
    [Fact]
    public void A_name_claimed_again_gets_a_number()
    {
        using var folder = ResultFiles.UseFolder(Path.Combine(Path.GetTempPath(), $"lifetimeassert-names-{Guid.NewGuid():N}"));

        var first = ResultFiles.Claim("T.Rows(System.Int32[])");
        var second = ResultFiles.Claim("T.Rows(System.Int32[])");
        var plain = ResultFiles.Claim("T.Save");
        var otherCase = ResultFiles.Claim("T.SAVE");
        ResultFiles.Release(second);
        var again = ResultFiles.Claim("T.Rows(System.Int32[])");

        Assert.Equal(ResultFiles.NameOf("T.Rows(System.Int32[])"), first);
        Assert.Equal(first + "-2", second);
        Assert.Equal("T.Save", plain);
        Assert.Equal("T.SAVE-2", otherCase);
        Assert.Equal(second, again);
    }

    [Fact]
    public void A_report_file_is_readable_by_this_user_only()
    {
        var root = Path.Combine(Path.GetTempPath(), $"lifetimeassert-names-{Guid.NewGuid():N}");
        try
        {
            using var folder = ResultFiles.UseFolder(Path.Combine(root, "TestResults", "LifetimeAssert"));
            var notes = new List<string>();

            var file = ReportFiles.Write(ResultFiles.Claim("T.Report"), ".leak.txt", "report", "r", "a report", "text/plain", notes.Add);

            Assert.Empty(notes);
            Assert.NotNull(file);
            Assert.Equal("report", File.ReadAllText(file.Path));
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(ResultFiles.Folder));
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file.Path));
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>An allocation report whose file cannot be written keeps its verdict and says so in a <c>note</c> line.</summary>
    [Fact]
    public async Task An_allocation_report_file_that_cannot_be_written_is_a_note_line()
    {
        var root = Path.Combine(Path.GetTempPath(), $"lifetimeassert-names-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        try
        {
            File.WriteAllText(Path.Combine(root, "TestResults"), "a file where the results folder's parent should be");
            var folder = Path.Combine(root, "TestResults", "LifetimeAssert");
            var report = await Leak.CheckAllocationsAsync(() => Kept = new byte[8192], o => o.MaxBytesPerRun(4096).Name("Build"), TestContext.Current.CancellationToken);

            IReadOnlyList<ReportFile> files;
            using (ResultFiles.UseFolder(folder))
            {
                files = report.WriteFiles("T.Build");
            }

            Assert.False(report.Passed);
            Assert.Empty(files);
            var lines = report.ToString().Split(Environment.NewLine);
            Assert.StartsWith($"  note      file not written: {Path.Combine(folder, "T.Build.allocations.txt")} (LifetimeAssert allocation report): ", lines[^1], StringComparison.Ordinal);
            Assert.Equal(report.ToString(), report.CreateFailure().Message);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
