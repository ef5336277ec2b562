namespace LifetimeAssert;

/// <summary>
/// Writes a heap dump of the current process, for <see cref="LeakOptions.SaveDumpOnLeak"/>. The LifetimeAssert.HeapCensus
/// package implements it on its census provider (it already talks to the runtime's diagnostics server); the core finds
/// it through <see cref="CensusProviderAttribute"/>, so the core takes no diagnostics dependency.
/// </summary>
/// <remarks>
/// The engine calls it once per leaking check, after the verdict and before the check releases anything, so the leaked
/// objects are in the dump. The engine decides where the file goes, makes its folder and the file readable by the current
/// user only, checks the free space first and enforces the count and size limits itself.
/// </remarks>
public interface IHeapDumpWriter
{
    /// <summary>
    /// Writes a dump of this process, with its managed heap, to <paramref name="path"/> exactly: a writer whose backend
    /// reads the name as a template (the runtime's createdump expands <c>%p</c>, <c>%d</c>, …) escapes it. The engine reports
    /// the dump only when a file is at that path afterwards.
    /// </summary>
    /// <param name="path">The full path of the file to create; its folder exists and the file does not. The file name holds
    /// letters, digits and <c>. _ - + ( ) , =</c> only; the folder may hold anything.</param>
    /// <exception cref="InvalidOperationException">No dump can be written; the message says why and what to change. The verdict stands.</exception>
    void WriteHeapDump(string path);
}
