using System.Reflection;

namespace LifetimeAssert;

/// <summary>Finds the leak-check attributes of a test (assembly, class, method) and merges them into options.</summary>
internal static class AttributeOptions
{
    /// <summary>
    /// True when the method or its class (or a base class) carries a leak-check attribute. One on the assembly
    /// only sets defaults: it does not turn every test of the assembly into a leak check.
    /// </summary>
    public static bool Applies(MethodInfo method, Type testClass) =>
        method.IsDefined(typeof(LeakCheckAttribute), inherit: true) || testClass.IsDefined(typeof(LeakCheckAttribute), inherit: true);

    /// <summary>Options from every level, outermost first, so the nearest level wins.</summary>
    /// <exception cref="LeakConfigurationException">The merged settings are invalid.</exception>
    public static LeakOptions For(MethodInfo method, Type testClass, string subject)
    {
        var builder = new LeakOptionsBuilder().Name(subject);
        foreach (var attribute in Levels(method, testClass))
        {
            attribute.ApplyTo(builder);
        }

        return builder.Build();
    }

    private static IEnumerable<LeakCheckAttribute> Levels(MethodInfo method, Type testClass) =>
        testClass.Assembly.GetCustomAttributes<LeakCheckAttribute>()
            .Concat(testClass.GetCustomAttributes<LeakCheckAttribute>(inherit: true))
            .Concat(method.GetCustomAttributes<LeakCheckAttribute>(inherit: true));
}
