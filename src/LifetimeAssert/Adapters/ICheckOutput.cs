namespace LifetimeAssert.Adapters;

/// <summary>Where a test framework puts what a check of one test says: its report's lines and its files.</summary>
public interface ICheckOutput
{
    /// <summary>Writes text to the test's output.</summary>
    /// <param name="text">One or more lines.</param>
    void WriteLine(string text);

    /// <summary>Attaches a file a failed check wrote to the test's result.</summary>
    /// <param name="file">The file, with a name, a description and its media type.</param>
    void Attach(ReportFile file);
}
