namespace LifetimeAssert;

/// <summary>
/// What every kind of check reports (<see cref="LeakReport"/>, <see cref="AllocationReport"/>): the checked code path,
/// whether it passed, and a text for people (<see cref="object.ToString"/>, in the format of docs/report-format.md).
/// </summary>
public abstract class CheckReport
{
    private readonly List<string> _fileNotes = [];

    private protected CheckReport(string subject, string? isolationAdvice)
    {
        Subject = subject;
        IsolationAdvice = isolationAdvice ?? DefaultIsolationAdvice;
    }

    /// <summary>The checked code path (the test name, or the name given to the options).</summary>
    public string Subject { get; }

    /// <summary>True when the check passed.</summary>
    public abstract bool Passed { get; }

    /// <summary>How the reader makes the check run alone, in the words of the test framework that ran it.</summary>
    internal string IsolationAdvice { get; }

    /// <summary>The advice when no test framework adapter ran the check (<see cref="Leak"/> called directly).</summary>
    internal static string DefaultIsolationAdvice => "Run the test alone: run the check with no other test beside it and declare it with RunsAlone()";

    /// <summary>The report as text, in the format documented in docs/report-format.md.</summary>
    /// <returns>The text.</returns>
    public abstract override string ToString();

    /// <summary>Throws the check's failure unless it passed.</summary>
    /// <exception cref="CheckFailedException">The check failed; its message is this report.</exception>
    public void ThrowIfFailed()
    {
        if (!Passed)
        {
            throw CreateFailure();
        }
    }

    /// <summary>The exception a failed check throws, with this report as its message.</summary>
    internal abstract CheckFailedException CreateFailure();

    /// <summary>
    /// What <see cref="WriteFiles"/> could not write, and why, as notes of the report (so the failure created after it
    /// says so); empty when every file was written.
    /// </summary>
    internal IReadOnlyList<string> FileNotes => _fileNotes;

    /// <summary>
    /// Writes the report's files for a failed check under the results folder, named after the test; returns those
    /// written. Never throws for a file it cannot write: it leaves it out and adds a note to <see cref="FileNotes"/>.
    /// </summary>
    internal abstract IReadOnlyList<ReportFile> WriteFiles(string fileName);

    /// <summary>Records that a file of the report could not be written.</summary>
    private protected void NoteFileProblem(string note) => _fileNotes.Add(note);
}
