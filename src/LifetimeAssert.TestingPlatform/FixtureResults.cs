using LifetimeAssert.Adapters;
using Microsoft.Testing.Extensions.TrxReport.Abstractions;
using Microsoft.Testing.Platform.Extensions.Messages;
using Microsoft.Testing.Platform.TestHost;

namespace LifetimeAssert.TestingPlatform;

/// <summary>
/// A leaking fixture as a failed result of its own, named by the fixture (<c>OrderTests (class fixture)</c>): the run
/// fails, and none of the fixture's tests is blamed.
/// </summary>
internal static class FixtureResults
{
    public static TestNodeUpdateMessage Failed(SessionUid session, CheckFailedException failure, IEnumerable<ReportFile> files)
    {
        var fixture = failure is LeakSweepException { Report.Subject: var subject } ? subject : failure.GetType().Name;
        var properties = new PropertyBag(
            new FailedTestNodeStateProperty(failure, failure.Message),
            new TrxExceptionProperty(failure.Message, null),

            // The TRX report files a result under a class: the sweep's, as a method named by the fixture.
            new TestMethodIdentifierProperty(string.Empty, "LifetimeAssert", "LeakSweep", fixture, 0, [], "System.Void"));
        foreach (var file in files)
        {
            properties.Add(new FileArtifactProperty(new FileInfo(file.Path), file.Name, file.Description));
        }

        return new TestNodeUpdateMessage(session, new TestNode { Uid = new TestNodeUid("LifetimeAssert.LeakSweep/" + fixture), DisplayName = fixture, Properties = properties });
    }
}

/// <summary>The reports of the fixtures judged at the end of the session, and the files each one's failure attached.</summary>
internal sealed class FixtureReports : ICheckOutput
{
    private readonly List<string> _texts = [];
    private readonly Dictionary<string, List<ReportFile>> _files = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Texts => _texts;

    public void WriteLine(string text) => _texts.Add(text);

    // A failing report is written, then its files attached: they belong to the last text written.
    public void Attach(ReportFile file)
    {
        if (_texts.Count > 0)
        {
            (_files.TryGetValue(_texts[^1], out var files) ? files : _files[_texts[^1]] = []).Add(file);
        }
    }

    /// <summary>The files attached with the report that is <paramref name="failure"/>'s message.</summary>
    public IEnumerable<ReportFile> FilesOf(CheckFailedException failure) => _files.TryGetValue(failure.Message, out var files) ? files : [];
}
