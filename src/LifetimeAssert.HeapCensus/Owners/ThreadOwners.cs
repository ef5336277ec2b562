using System.Globalization;
using System.Text;

namespace LifetimeAssert.HeapCensus;

/// <summary>
/// The line under a path held by running threads: which threads, by name, and what each runs —
/// <c>threads: 'Quote feed poller' x24, running QuoteFeed.Poll</c>. Names come from the <see cref="Thread"/> objects the
/// handles hold, start methods from one sample of every thread's stack, matched by the name the operating system
/// keeps (the first 15 bytes of it on Linux).
/// </summary>
internal static class ThreadOwners
{
    public const string Prefix = "threads: ";

    private const int MaxGroupsShown = 3;
    private const int MaxStartMethodsShown = 2;
    private const int OsNameBytes = 15;

    /// <summary>Where the thread pool's workers start (<see cref="Thread.IsThreadPoolThread"/> is true on them only).</summary>
    private static readonly string[] PoolWorkerStarts = ["PortableThreadPool.WorkerThread.", "PortableThreadPool.IOCompletionPoller."];

    public static IEnumerable<string> Describe(RootOwners owners, RetentionPath path)
    {
        if (owners.Label(path.Root) != RootOwners.RunningThread)
        {
            return [];
        }

        var holders = path.Members.Select(m => path.Tree.RootOf[m]).Distinct().Select(owners.HandleTarget).OfType<Thread>().ToList();
        if (holders.Count == 0)
        {
            return [];
        }

        var named = RunningThreadNames(owners);
        var (sampled, problem) = ThreadStacks.Sample();
        var groups = holders.GroupBy(t => (t.Name, t.IsThreadPoolThread))
            .Select(g => (g.Key.Name, Count: g.Count(), Starts: StartMethods(g.Key.Name, g.Key.IsThreadPoolThread, sampled, named)))
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g.Name, StringComparer.Ordinal)
            .ToList();
        var text = new StringBuilder(Prefix);
        text.AppendJoin("; ", groups.Take(MaxGroupsShown).Select(g => Group(g.Name, g.Count, g.Starts, problem is null)));
        if (groups.Count > MaxGroupsShown)
        {
            text.Append("; and ").Append(Plural(groups.Skip(MaxGroupsShown).Sum(g => g.Count), "more thread"));
        }

        if (problem is not null)
        {
            text.Append(" (start methods unknown: ").Append(problem).Append(')');
        }

        return [text.ToString()];
    }

    private static string Group(string? name, int count, IReadOnlyList<string> starts, bool sampled)
    {
        var who = string.Create(CultureInfo.InvariantCulture, $"{(name is null ? "unnamed" : $"'{name}'")} x{count}");
        var others = starts.Count > MaxStartMethodsShown ? string.Create(CultureInfo.InvariantCulture, $" or {Plural(starts.Count - MaxStartMethodsShown, "other method")}") : string.Empty;
        return starts.Count > 0 ? $"{who}, running {string.Join(" or ", starts.Take(MaxStartMethodsShown))}{others}"
            : sampled ? $"{who}, {NotMatched}"
            : who;
    }

    private static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");

    private static string NotMatched => OperatingSystem.IsLinux()
        ? "start method not sampled"
        : "start method unknown (threads are matched to their samples by the name Linux keeps)";

    /// <summary>
    /// The start methods of the sampled threads that carry this name (unnamed: a name no running thread was given), pool
    /// workers apart from the others: a thread a pool worker starts inherits the worker's name.
    /// </summary>
    private static List<string> StartMethods(string? name, bool poolWorker, IReadOnlyList<SampledThread> sampled, HashSet<string> named) =>
        sampled
            .Where(s => s.OsName is not null && s.StartMethod is not null
                && (name is null ? !named.Contains(s.OsName) : OsNameOf(name) == s.OsName)
                && PoolWorkerStarts.Any(start => s.StartMethod.StartsWith(start, StringComparison.Ordinal)) == poolWorker)
            .Select(s => s.StartMethod!)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The names the operating system keeps for every named running thread: an unnamed thread inherits its creator's.</summary>
    private static HashSet<string> RunningThreadNames(RootOwners owners) =>
        Enumerable.Range(0, owners.Graph.Roots.Length)
            .Where(r => owners.Graph.Roots[r].Kind == GraphRootKind.StrongHandle)
            .Select(owners.HandleTarget)
            .OfType<Thread>()
            .Select(t => t.Name)
            .OfType<string>()
            .Select(OsNameOf)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>A thread's name as Linux keeps it: its first 15 bytes of UTF-8.</summary>
    private static string OsNameOf(string name)
    {
        var bytes = Encoding.UTF8.GetBytes(name);
        return bytes.Length <= OsNameBytes ? name : Encoding.UTF8.GetString(bytes, 0, OsNameBytes);
    }
}
