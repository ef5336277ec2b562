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
    /// <param name="method">The test method.</param>
    /// <param name="testClass">The test class (the fixture, in NUnit).</param>
    /// <param name="subject">What the report calls the test.</param>
    /// <param name="instance">The test class instance, for <c>Probes</c> that name instance members.</param>
    public static LeakOptions For(MethodInfo method, Type testClass, string subject, object? instance = null)
    {
        var builder = new LeakOptionsBuilder().Name(subject);
        foreach (var attribute in Levels(method, testClass))
        {
            attribute.ApplyTo(builder);
            foreach (var name in attribute.Probes ?? [])
            {
                ProbeMembers.Resolve(name, testClass, instance, builder);
            }
        }

        return builder.Build();
    }

    private static IEnumerable<LeakCheckAttribute> Levels(MethodInfo method, Type testClass) =>
        testClass.Assembly.GetCustomAttributes<LeakCheckAttribute>()
            .Concat(testClass.GetCustomAttributes<LeakCheckAttribute>(inherit: true))
            .Concat(method.GetCustomAttributes<LeakCheckAttribute>(inherit: true));
}
