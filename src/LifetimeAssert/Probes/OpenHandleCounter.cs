using System.Diagnostics;

namespace LifetimeAssert.Probes;

/// <summary>Counts the process's open file descriptors, or handles where there is no /proc.</summary>
internal static class OpenHandleCounter
{
    private const string FdDirectory = "/proc/self/fd";

    public static long Count()
    {
        if (Directory.Exists(FdDirectory))
        {
            // Enumerating opens one descriptor of its own; it is counted on every sample alike.
            long count = 0;
            foreach (var _ in Directory.EnumerateFileSystemEntries(FdDirectory))
            {
                count++;
            }

            return count;
        }

        using var process = Process.GetCurrentProcess();
        return process.HandleCount;
    }
}
