using System.Reflection;

namespace LifetimeAssert.Tracking;

/// <summary>Turns compiler-generated frames (async state machines, lambdas) back into the names people wrote.</summary>
internal static class MethodNames
{
    public static string Describe(MethodBase method) => Describe(method, lambdaPrefix: "lambda in ");

    /// <summary>The method a lambda or state machine was written in, without the lambda marker.</summary>
    public static string Owner(MethodBase method) => Describe(method, lambdaPrefix: string.Empty);

    private static string Describe(MethodBase method, string lambdaPrefix)
    {
        var type = method.DeclaringType;
        var name = method.Name;
        var generated = false;

        // An async or iterator method runs as <Name>d__N.MoveNext nested in the type that declares it.
        if (type is not null && name == "MoveNext" && Unmangle(type.Name) is { Length: > 0 } stateMachineOf)
        {
            name = stateMachineOf;
            generated = true;
        }
        else if (Unmangle(name) is { Length: > 0 } lambdaOf)
        {
            // Lambdas and local functions are named <Outer>b__0_0 or <Outer>g__Local|0_0.
            name = lambdaPrefix + lambdaOf;
            generated = true;
        }

        while (type is not null && type.Name.StartsWith('<') && type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        var prefix = type is null ? string.Empty : TypeNames.Short(type) + ".";
        if (generated)
        {
            return lambdaPrefix.Length > 0 && name.StartsWith(lambdaPrefix, StringComparison.Ordinal)
                ? lambdaPrefix + prefix + name[lambdaPrefix.Length..]
                : prefix + name;
        }

        var parameters = string.Join(", ", method.GetParameters().Select(p => TypeNames.Short(p.ParameterType)));
        return $"{prefix}{name}({parameters})";
    }

    /// <summary>The name between the angle brackets of a compiler-generated name, or empty.</summary>
    private static string Unmangle(string generated)
    {
        if (!generated.StartsWith('<'))
        {
            return string.Empty;
        }

        var end = generated.IndexOf('>', StringComparison.Ordinal);
        return end > 1 ? generated[1..end] : string.Empty;
    }
}
