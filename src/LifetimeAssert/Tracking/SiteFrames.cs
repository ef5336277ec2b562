using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace LifetimeAssert.Tracking;

/// <summary>
/// What a creation site says of one frame — the method as people wrote it, its file and line — worked out once per
/// method and IL offset: the same few lines of a suite create its objects test after test.
/// </summary>
internal static class SiteFrames
{
    private static readonly ConditionalWeakTable<MethodBase, ConcurrentDictionary<int, Described>> ByMethod = new();

    public static Described Describe(MethodBase method, int ilOffset) =>
        ByMethod.GetOrCreateValue(method).GetOrAdd(ilOffset, static (offset, m) =>
        {
            var (file, line) = SourceLines.Find(m, offset);
            return new Described(MethodNames.Describe(m), file, line);
        }, method);

    /// <summary>One frame, described.</summary>
    internal sealed record Described(string Method, string? File, int Line);
}
