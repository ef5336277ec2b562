using System.Reflection;

namespace LifetimeAssert.Attributes;

/// <summary>
/// Resolves the attribute's <c>Probes</c> names: members of the test class (property, field or parameterless
/// method, static or instance) that return a <see cref="Probe"/> or a sequence of them. Attributes can only hold
/// constants, so this is how a test hands a probe built from its fixture (a data source, say) to the check.
/// </summary>
internal static class ProbeMembers
{
    private const BindingFlags Any = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.FlattenHierarchy;

    public static void Resolve(string name, Type testClass, object? instance, LeakOptionsBuilder builder)
    {
        var member = testClass.GetMember(name, MemberTypes.Property | MemberTypes.Field | MemberTypes.Method, Any)
            .FirstOrDefault(m => m is not MethodInfo method || method.GetParameters().Length == 0);
        if (member is null)
        {
            builder.AddError($"Probes names \"{name}\", but {testClass.Name} has no property, field or parameterless method of that name; "
                + $"add one that returns a Probe, for example `Probe {name} => NpgsqlProbes.PreparedStatements(dataSource);`.");
            return;
        }

        if (!IsStatic(member) && instance is null)
        {
            builder.AddError($"Probes names \"{name}\", an instance member of {testClass.Name}, but there is no test class instance; make it static.");
            return;
        }

        switch (Read(member, instance))
        {
            case Probe probe:
                builder.Probe(probe);
                break;
            case IEnumerable<Probe> probes:
                foreach (var probe in probes)
                {
                    builder.Probe(probe);
                }

                break;
            default:
                builder.AddError($"Probes names \"{name}\", but {testClass.Name}.{name} returned no Probe; it must return a Probe or IEnumerable<Probe>.");
                break;
        }
    }

    private static bool IsStatic(MemberInfo member) => member switch
    {
        PropertyInfo property => property.GetMethod?.IsStatic == true,
        FieldInfo field => field.IsStatic,
        MethodInfo method => method.IsStatic,
        _ => false,
    };

    private static object? Read(MemberInfo member, object? instance)
    {
        try
        {
            return member switch
            {
                PropertyInfo property => property.GetValue(property.GetMethod!.IsStatic ? null : instance),
                FieldInfo field => field.GetValue(field.IsStatic ? null : instance),
                MethodInfo method => method.Invoke(method.IsStatic ? null : instance, null),
                _ => null,
            };
        }
        catch (TargetInvocationException e) when (e.InnerException is { } inner)
        {
            throw new InvalidOperationException($"Probes: reading {member.Name} failed: {inner.Message}", inner);
        }
    }
}
