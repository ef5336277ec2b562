using System.Text;

namespace LifetimeAssert.HeapCensus;

/// <summary>Short C#-style type names for reports: <c>Dictionary&lt;int, Session&gt;.Entry[]</c>, <c>int?[]</c>, <c>int[,]</c>.</summary>
internal static class CSharpTypeNames
{
    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(bool)] = "bool", [typeof(byte)] = "byte", [typeof(sbyte)] = "sbyte", [typeof(char)] = "char",
        [typeof(short)] = "short", [typeof(ushort)] = "ushort", [typeof(int)] = "int", [typeof(uint)] = "uint",
        [typeof(long)] = "long", [typeof(ulong)] = "ulong", [typeof(float)] = "float", [typeof(double)] = "double",
        [typeof(decimal)] = "decimal", [typeof(string)] = "string", [typeof(object)] = "object",
        [typeof(nint)] = "nint", [typeof(nuint)] = "nuint",
    };

    public static string Of(Type type)
    {
        var text = new StringBuilder();
        Append(text, type);
        return text.ToString();
    }

    private static void Append(StringBuilder text, Type type)
    {
        if (type.IsArray)
        {
            Append(text, type.GetElementType()!);
            text.Append('[').Append(',', type.GetArrayRank() - 1).Append(']');
            return;
        }

        if (type.IsPointer)
        {
            Append(text, type.GetElementType()!);
            text.Append('*');
            return;
        }

        if (Keywords.TryGetValue(type, out var keyword))
        {
            text.Append(keyword);
            return;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Nullable<>))
        {
            Append(text, type.GetGenericArguments()[0]);
            text.Append('?');
            return;
        }

        AppendNested(text, type);
    }

    /// <summary>Outermost declaring type first; each level shows the generic arguments it declares.</summary>
    private static void AppendNested(StringBuilder text, Type type)
    {
        var arguments = type.IsGenericType ? type.GetGenericArguments() : Type.EmptyTypes;
        var chain = new List<Type>();
        for (var level = type; level is not null; level = level.DeclaringType)
        {
            chain.Insert(0, level);
        }

        var used = 0;
        for (var i = 0; i < chain.Count; i++)
        {
            var level = chain[i];
            if (i > 0)
            {
                text.Append('.');
            }

            var name = level.Name;
            var tick = name.IndexOf('`', StringComparison.Ordinal);
            text.Append(tick >= 0 ? name[..tick] : name);
            var own = (level.IsGenericType ? level.GetGenericArguments().Length : 0) - used;
            if (own <= 0 || used + own > arguments.Length)
            {
                continue;
            }

            text.Append('<');
            for (var a = used; a < used + own; a++)
            {
                if (a > used)
                {
                    text.Append(type.IsGenericTypeDefinition ? "," : ", ");
                }

                if (!type.IsGenericTypeDefinition)
                {
                    Append(text, arguments[a]);
                }
            }

            text.Append('>');
            used += own;
        }
    }
}
