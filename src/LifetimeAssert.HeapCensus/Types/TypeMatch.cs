namespace LifetimeAssert.HeapCensus;

/// <summary>Whether an object's exact type is counted by a census type: the type itself, a derived or implementing type, or an instance of an open generic.</summary>
internal static class TypeMatch
{
    public static bool Counts(Type censusType, Type objectType)
    {
        if (censusType.IsAssignableFrom(objectType))
        {
            return true;
        }

        if (!censusType.IsGenericTypeDefinition)
        {
            return false;
        }

        for (var type = objectType; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == censusType)
            {
                return true;
            }
        }

        return censusType.IsInterface
            && objectType.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == censusType);
    }
}
