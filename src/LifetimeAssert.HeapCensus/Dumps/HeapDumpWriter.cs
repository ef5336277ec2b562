using Microsoft.Diagnostics.NETCore.Client;

namespace LifetimeAssert.HeapCensus;

/// <summary>
/// Writes a heap dump of this process through the runtime's diagnostics server, which runs the runtime's own dump
/// writer (createdump): an ELF core file on Linux, a Mach-O core on macOS, a minidump on Windows — the format
/// <c>dotnet-dump analyze</c>, Visual Studio, WinDbg, PerfView and ClrMD open. <see cref="DumpType.WithHeap"/> keeps the
/// managed heap and what SOS needs (<c>dumpheap</c>, <c>gcroot</c>) and leaves out the rest of the memory a full dump has.
/// createdump reads the path as a template (<c>%p</c> and <c>%d</c> the process id, <c>%e</c> the executable, <c>%h</c> the
/// host, <c>%t</c> the time; another letter fails): every <c>%</c> of the path is passed as <c>%%</c>, so the file is
/// written at the path given, whatever its folder holds.
/// </summary>
internal static class HeapDumpWriter
{
    /// <summary>Writes the dump; the calling thread waits while the runtime suspends the process and writes it.</summary>
    /// <exception cref="InvalidOperationException">Diagnostics are off, or the runtime could not write the dump; the message says why.</exception>
    public static void Write(string path) => Write(path, Environment.GetEnvironmentVariable);

    /// <summary>As <see cref="Write(string)"/>, reading the environment through <paramref name="variable"/> (tests).</summary>
    internal static void Write(string path, Func<string, string?> variable)
    {
        if (DiagnosticsSupport.DisabledSwitch(variable) is { } name)
        {
            throw new InvalidOperationException(
                $"{name}=0 turns off the runtime's diagnostics server, which writes the dump; unset {name} (or set it to 1) "
                + "for the test run to get a dump (the verdict does not depend on it)");
        }

        try
        {
            new DiagnosticsClient(Environment.ProcessId).WriteDump(DumpType.WithHeap, Template(path), logDumpGeneration: false);
        }
        catch (Exception e) when (DiagnosticsSupport.IsServerFailure(e))
        {
            throw new InvalidOperationException(
                $"the runtime could not write the dump ({e.GetType().Name}: {e.Message}); it needs the runtime's diagnostics "
                + "enabled (no DOTNET_EnableDiagnostics=0), a writable temporary directory (TMPDIR) for the diagnostics socket, "
                + "and, in a container, permission for the runtime's createdump to read the process (ptrace)",
                e);
        }
    }

    /// <summary>The dump writer's name template that names <paramref name="path"/> itself: each <c>%</c> doubled.</summary>
    internal static string Template(string path) => path.Replace("%", "%%", StringComparison.Ordinal);
}
