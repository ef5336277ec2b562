using System.Collections.Concurrent;

namespace LifetimeAssert.HeapCensus;

/// <summary>
/// Maps the type ids of a heap walk back to types. The id is the type's MethodTable, which is
/// <see cref="RuntimeTypeHandle.Value"/>, so in-process it resolves exactly — nested, generic, array and internal
/// types alike — where the event's type names are ambiguous (a nested type is named without its declaring type).
/// Resolve right after the snapshot: an id is only valid while its type is loaded.
/// </summary>
internal static class HeapTypes
{
    private static readonly ConcurrentDictionary<ulong, Type?> ById = new();

    public static Type? Resolve(ulong typeId) => ById.GetOrAdd(typeId, static id =>
    {
        try
        {
            return Type.GetTypeFromHandle(RuntimeTypeHandle.FromIntPtr((nint)id));
        }
        catch (ArgumentException)
        {
            return null;
        }
    });
}
