using System.Globalization;
using System.Runtime.Versioning;

namespace LifetimeAssert.Npgsql.Testing;

/// <summary>
/// A process as Linux tells it apart over time: its pid and its start time (clock ticks after boot, field 22 of
/// <c>/proc/&lt;pid&gt;/stat</c>), so a pid reused by a later process is not mistaken for the one recorded.
/// </summary>
/// <param name="Pid">The process id.</param>
/// <param name="StartTime">Its start time, or null when the record has none (then the pid alone is compared).</param>
[SupportedOSPlatform("linux")]
internal readonly record struct ProcessIdentity(int Pid, long? StartTime)
{
    /// <summary>This process.</summary>
    public static ProcessIdentity Current { get; } = new(Environment.ProcessId, StartTimeOf(Environment.ProcessId));

    /// <summary>True while the recorded process runs (an ended process not yet reaped, a zombie, does not run).</summary>
    public bool IsRunning => StartTimeOf(Pid) is { } started && (StartTime is null || StartTime == started);

    /// <summary>Reads what <see cref="ToString"/> wrote: the pid on the first line, the start time on the second (optional).</summary>
    public static ProcessIdentity? Parse(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length == 0 || !int.TryParse(lines[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || pid <= 0)
        {
            return null;
        }

        return lines.Length > 1 && long.TryParse(lines[1], NumberStyles.None, CultureInfo.InvariantCulture, out var started)
            ? new ProcessIdentity(pid, started)
            : new ProcessIdentity(pid, null);
    }

    /// <summary>The pid and the start time on two lines.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Pid}\n{StartTime}\n");

    /// <summary>The start time of a running process, or null when there is none with that pid (or it is a zombie).</summary>
    public static long? StartTimeOf(int pid)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        // The command name (field 2) is in parentheses and may hold spaces or parentheses: fields resume after the last ')'.
        var close = stat.LastIndexOf(')');
        if (close < 0)
        {
            return null;
        }

        var fields = stat[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        const int StateField = 0;
        const int StartTimeField = 22 - 3;
        return fields.Length > StartTimeField
            && fields[StateField] is not ("Z" or "X")
            && long.TryParse(fields[StartTimeField], NumberStyles.None, CultureInfo.InvariantCulture, out var started)
            ? started
            : null;
    }
}
