namespace LifetimeAssert.Tracking;

/// <summary>Readable C#-style type names for reports.</summary>
internal static class TypeNames
{
    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(int)] = "int",
        [typeof(long)] = "long",
        [typeof(string)] = "string",
        [typeof(bool)] = "bool",
        [typeof(object)] = "object",
        [typeof(double)] = "double",
        [typeof(byte)] = "byte",
        [typeof(char)] = "char",
        [typeof(decimal)] = "decimal",
    };

    public static string Short(Type type)
    {
        if (Keywords.TryGetValue(type, out var keyword))
        {
            return keyword;
        }

        // A generic parameter's declaring type is the generic type that lists it: naming that would recurse.
        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (!type.IsGenericType)
        {
            return type.IsNested && type.DeclaringType is { } outer ? Short(outer) + "." + type.Name : type.Name;
        }

        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        var bare = tick < 0 ? name : name[..tick];
        return bare + "<" + string.Join(", ", type.GetGenericArguments().Select(Short)) + ">";
    }
}
