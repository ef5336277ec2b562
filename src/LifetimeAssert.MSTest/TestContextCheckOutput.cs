using LifetimeAssert.Adapters;

namespace LifetimeAssert.MSTest;

/// <summary>A test's output (its <see cref="TestContext"/>), and its result files.</summary>
internal sealed class TestContextCheckOutput(TestContext context) : ICheckOutput
{
    public void WriteLine(string text) => context.WriteLine(text);

    public void Attach(ReportFile file) => context.AddResultFile(file.Path);
}
