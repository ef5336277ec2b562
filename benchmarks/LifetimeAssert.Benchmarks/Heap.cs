namespace LifetimeAssert.Benchmarks;

/// <summary>Keeps a live object graph of about the given size, so collections have a realistic heap to walk.</summary>
internal static class Heap
{
    private static object[]? _retained;

    public static void Retain(int megabytes)
    {
        // Many small objects held by one array, like the long-lived part of an application's heap.
        var count = megabytes * 1024 * 1024 / 88;
        var objects = new object[count];
        for (var i = 0; i < count; i++)
        {
            objects[i] = new byte[64];
        }

        _retained = objects;
    }
}
