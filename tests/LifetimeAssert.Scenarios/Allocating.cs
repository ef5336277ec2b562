using System.Runtime.CompilerServices;

namespace LifetimeAssert.Scenarios;

/// <summary>
/// Code paths with a known allocation per run, for the <c>[AssertAllocations]</c> scenarios of every front end: a byte
/// array of n elements is n + 24 bytes on 64-bit.
/// </summary>
public static class Allocating
{
    /// <summary>The header and length of a byte array on 64-bit.</summary>
    public const int ArrayOverhead = 24;

    private static byte[]? _last;

    /// <summary>Allocates one byte array of <paramref name="length"/> elements and keeps only the latest.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Bytes(int length) => _last = new byte[length];

    /// <summary>Yields (so the rest runs on the thread pool), then allocates like <see cref="Bytes"/>.</summary>
    public static async Task BytesAfterYieldAsync(int length)
    {
        await Task.Yield();
        Bytes(length);
    }

    /// <summary>Allocates like <see cref="Bytes"/> and returns a completed task: an async body that never yields.</summary>
    public static Task BytesWithoutYieldAsync(int length)
    {
        Bytes(length);
        return Task.CompletedTask;
    }

    /// <summary>The length of the latest array, so the compiler cannot drop it.</summary>
    public static int LastLength => _last?.Length ?? 0;
}
