using System.Runtime.CompilerServices;

namespace LifetimeAssert.Tests.Allocations;

/// <summary>Code paths that allocate a known number of bytes per run (a byte array is its length plus 24 bytes on 64-bit).</summary>
internal static class Allocating
{
    public const int ArrayOverhead = 24;

    private static byte[]? _last;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Bytes(int length) => _last = new byte[length];

    public static async Task BytesAfterYieldAsync(int length)
    {
        await Task.Yield();
        Bytes(length);
    }

    public static Task BytesWithoutYieldAsync(int length)
    {
        Bytes(length);
        return Task.CompletedTask;
    }

    public static int LastLength => _last?.Length ?? 0;
}
