using Microsoft.Diagnostics.NETCore.Client;

namespace LifetimeAssert.HeapCensus;

/// <summary>What the in-process heap walk needs from the runtime and the machine, and how to fix it when missing.</summary>
internal static class DiagnosticsSupport
{
    /// <summary>True for what the diagnostics client throws when the runtime's diagnostics server cannot do what was asked.</summary>
    public static bool IsServerFailure(Exception e) =>
        e is ServerNotAvailableException or ServerErrorException or UnsupportedCommandException
            or IOException or UnauthorizedAccessException or TimeoutException;

    private static readonly string[] SwitchNames =
    [
        "DOTNET_EnableDiagnostics", "DOTNET_EnableDiagnostics_IPC", "COMPlus_EnableDiagnostics", "COMPlus_EnableDiagnostics_IPC",
    ];

    /// <summary>
    /// Why diagnostics are off, or null. These switches remove the runtime's diagnostics server, so a session
    /// cannot start; saying so beats the client's generic "unable to connect" message.
    /// </summary>
    public static string? DisabledReason() =>
        DisabledSwitch(Environment.GetEnvironmentVariable) is { } name
            ? $"the heap census cannot read the heap because {name}=0 turns off the runtime's diagnostics; "
                + $"unset {name} (or set it to 1) for the test run, or track the type instead (Track<T>())"
            : null;

    /// <summary>The switch that turns the runtime's diagnostics server off (set to 0), or null.</summary>
    /// <param name="variable">Reads an environment variable (a parameter, so tests need not change the process's).</param>
    public static string? DisabledSwitch(Func<string, string?> variable)
    {
        foreach (var name in SwitchNames)
        {
            if (variable(name) == "0")
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>
    /// Event buffer size for a heap walk. The whole dump waits in the buffer until it is read (about 32 bytes per
    /// object and 12 per reference, at worst twice the heap), and a full buffer drops the tail silently. The
    /// buffer is allocated as it fills, so a generous bound costs nothing when unused.
    /// </summary>
    public static int BufferMegabytes()
    {
        var heap = GC.GetGCMemoryInfo().HeapSizeBytes;
        if (heap <= 0)
        {
            heap = GC.GetTotalMemory(forceFullCollection: false);
        }

        return (int)Math.Clamp((heap * 2 / (1024 * 1024)) + 64, 64, 16 * 1024);
    }
}
