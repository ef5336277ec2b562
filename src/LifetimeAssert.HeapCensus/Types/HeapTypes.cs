using System.Collections.Concurrent;

namespace LifetimeAssert.HeapCensus;

/// <summary>
/// Maps the type ids of a heap walk back to types. The id is the type's MethodTable, which is
/// <see cref="RuntimeTypeHandle.Value"/>, so in-process it resolves exactly — nested, generic, array and internal
/// types alike — where the event's type names are ambiguous (a nested type is named without its declaring type).
/// Resolve right after the snapshot: an id is only valid while its type is loaded.
/// </summary>
/// <remarks>
/// Types of collectible contexts (plugins, and generic types over their types) are resolved again each time, never
/// kept: a <see cref="Type"/> keeps its loader allocator alive, so a kept one would stop its context from ever
/// unloading — and, once unloaded, its id may name another type.
/// </remarks>
internal static class HeapTypes
{
    private static readonly ConcurrentDictionary<ulong, Type> ById = new();

    public static Type? Resolve(ulong typeId)
    {
        if (ById.TryGetValue(typeId, out var known))
        {
            return known;
        }

        Type? type;
        try
        {
            type = Type.GetTypeFromHandle(RuntimeTypeHandle.FromIntPtr((nint)typeId));
        }
        catch (ArgumentException)
        {
            return null;
        }

        if (type is not null && !type.IsCollectible)
        {
            ById.TryAdd(typeId, type);
        }

        return type;
    }
}
