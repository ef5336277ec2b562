namespace LifetimeAssert;

/// <summary>Readable C#-style type names for reports.</summary>
internal static class TypeNames
{
    public static string Short(Type type)
    {
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
