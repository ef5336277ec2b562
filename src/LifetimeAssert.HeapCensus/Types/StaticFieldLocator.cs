using System.Collections.Concurrent;
using System.Reflection;
using System.Reflection.Emit;

namespace LifetimeAssert.HeapCensus;

/// <summary>
/// Names the static field behind a static root. The heap walk gives the field's name, the address of its slot and
/// the type of the object it holds, but not the declaring class: candidates are loaded types with a static
/// reference field of that name whose type can hold the object; when more than one remains, the one whose slot
/// address (read with <c>ldsflda</c>) is the root's wins.
/// </summary>
internal static class StaticFieldLocator
{
    private const BindingFlags Statics = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    private static readonly ConcurrentDictionary<(string Name, ulong Slot), FieldInfo?> Found = new();

    public static FieldInfo? Locate(string fieldName, ulong slotAddress, ulong objectTypeId)
    {
        var key = (fieldName, slotAddress);
        if (Found.TryGetValue(key, out var known))
        {
            return known;
        }

        var objectType = HeapTypes.Resolve(objectTypeId);
        var candidates = Candidates(fieldName)
            .Where(f => objectType is null || f.FieldType.IsAssignableFrom(objectType))
            .ToArray();

        // Reading a slot address may run the declaring class's static constructor: only do it to choose.
        var field = candidates.Length <= 1 ? candidates.FirstOrDefault() : candidates.FirstOrDefault(f => SlotAddress(f) == slotAddress);

        // A field of a plugin's class is never kept: it would keep the plugin's context from unloading.
        if (field?.DeclaringType?.IsCollectible != true)
        {
            Found.TryAdd(key, field);
        }

        return field;
    }

    private static IEnumerable<FieldInfo> Candidates(string name)
    {
        foreach (var type in LoadedTypes.All)
        {
            if (type.ContainsGenericParameters)
            {
                continue;
            }

            var field = type.GetField(name, Statics);
            if (field is not null && !field.IsLiteral && !field.FieldType.IsValueType)
            {
                yield return field;
            }
        }
    }

    private static ulong SlotAddress(FieldInfo field)
    {
        try
        {
            var method = new DynamicMethod("slot", typeof(nuint), Type.EmptyTypes, typeof(StaticFieldLocator).Module, skipVisibility: true);
            var il = method.GetILGenerator();
            il.Emit(OpCodes.Ldsflda, field);
            il.Emit(OpCodes.Conv_U);
            il.Emit(OpCodes.Ret);
            return ((Func<nuint>)method.CreateDelegate(typeof(Func<nuint>)))();
        }
        catch (Exception e) when (e is InvalidProgramException or TypeInitializationException or MemberAccessException)
        {
            return 0;
        }
    }
}
