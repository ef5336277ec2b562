using LifetimeAssert.Adapters;
using NUnit.Framework;

namespace LifetimeAssert.NUnit;

/// <summary>The current test's output, and its attachments as files kept with the result (TRX, NUnit XML).</summary>
internal sealed class NUnitOutput : ICheckOutput
{
    public static readonly NUnitOutput Instance = new();

    public void WriteLine(string text) => TestContext.Out.WriteLine(text);

    public void Attach(ReportFile file) => TestContext.AddTestAttachment(file.Path, file.Description);
}
