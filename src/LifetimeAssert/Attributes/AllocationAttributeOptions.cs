using System.Reflection;

namespace LifetimeAssert;

/// <summary>Finds the allocation-check attributes of a test (assembly, class, method) and merges them into options.</summary>
internal static class AllocationAttributeOptions
{
    /// <summary>True when the method or its class (or a base class) carries an allocation-check attribute; one on the assembly only sets defaults.</summary>
    public static bool Applies(MethodInfo method, Type testClass) =>
        method.IsDefined(typeof(AllocationCheckAttribute), inherit: true) || testClass.IsDefined(typeof(AllocationCheckAttribute), inherit: true);

    /// <summary>Options from every level, outermost first, so the nearest level wins.</summary>
    /// <exception cref="LeakConfigurationException">The merged settings are invalid.</exception>
    public static AllocationOptions For(MethodInfo method, Type testClass, string subject, bool runsAlone)
    {
        var builder = new AllocationOptionsBuilder().Name(subject).RunsAlone(runsAlone);
        foreach (var attribute in Levels(method, testClass))
        {
            attribute.ApplyTo(builder);
        }

        return builder.Build();
    }

    /// <summary>Whether the test's allocation check asks to be scheduled alone: the nearest level that sets it, true when none does.</summary>
    public static bool WantsToRunAlone(MethodInfo method, Type testClass) =>
        Levels(method, testClass).Reverse().Select(a => a.RunAloneSetting).FirstOrDefault(v => v is not null) ?? true;

    private static IEnumerable<AllocationCheckAttribute> Levels(MethodInfo method, Type testClass) =>
        testClass.Assembly.GetCustomAttributes<AllocationCheckAttribute>()
            .Concat(testClass.GetCustomAttributes<AllocationCheckAttribute>(inherit: true))
            .Concat(method.GetCustomAttributes<AllocationCheckAttribute>(inherit: true));
}
