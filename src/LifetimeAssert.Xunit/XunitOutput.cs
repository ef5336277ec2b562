using LifetimeAssert.Adapters;
using Xunit;

namespace LifetimeAssert.Xunit;

/// <summary>
/// The current test's output and attachments. A heap dump is attached as its path: xUnit keeps attachments in memory and
/// in its result messages, no place for a file of a hundred megabytes.
/// </summary>
internal sealed class XunitOutput : ICheckOutput
{
    public static readonly XunitOutput Instance = new();

    public void WriteLine(string text) => TestContext.Current.TestOutputHelper?.WriteLine(text);

    public void Attach(ReportFile file)
    {
        if (file.IsLarge)
        {
            TestContext.Current.AddAttachment(file.Name, file.Path);
        }
        else if (file.MediaType == "text/plain")
        {
            TestContext.Current.AddAttachment(file.Name, File.ReadAllText(file.Path));
        }
        else
        {
            TestContext.Current.AddAttachment(file.Name, File.ReadAllBytes(file.Path), file.MediaType);
        }
    }
}
