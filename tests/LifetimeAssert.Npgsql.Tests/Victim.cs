using System.Diagnostics;
using System.Globalization;

namespace LifetimeAssert.Npgsql.Tests;

/// <summary>
/// A process the sweep must never signal: a <c>sleep</c> running as the account clusters run as, so a sweep that
/// signalled it through pg_ctl (as that account) would succeed. Disposing ends it.
/// </summary>
internal sealed class Victim : IDisposable
{
    private readonly Process _process;

    private Victim(Process process) => _process = process;

    public int Pid => _process.Id;

    public bool IsRunning => !_process.HasExited;

    public static Victim Start()
    {
        // setpriv execs sleep in the same process, so the pid is the sleep's.
        var start = Environment.IsPrivilegedProcess
            ? new ProcessStartInfo("setpriv", ["--reuid=postgres", "--regid=postgres", "--clear-groups", "--", "sleep", "600"])
            : new ProcessStartInfo("sleep", ["600"]);
        start.UseShellExecute = false;
        var victim = new Victim(Process.Start(start)!);
        victim.WaitUntilSleeping();
        return victim;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        _process.WaitForExit();
        _process.Dispose();
    }

    // Until setpriv has exec'd, the process is root's setpriv, which the server account could not signal.
    private void WaitUntilSleeping()
    {
        var comm = $"/proc/{Pid.ToString(CultureInfo.InvariantCulture)}/comm";
        for (var attempt = 0; attempt < 500 && File.ReadAllText(comm).Trim() != "sleep"; attempt++)
        {
            Thread.Sleep(10);
        }

        Assert.Equal("sleep", File.ReadAllText(comm).Trim());
    }
}
