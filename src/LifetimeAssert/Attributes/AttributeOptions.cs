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
    /// <param name="runsAlone">True when the adapter knows that no other test runs during the check.</param>
    /// <param name="seenBefore">Types the test registered on a run its framework made before the check.</param>
    /// <param name="testName">The name the report files get, which a heap dump takes too; null: the subject.</param>
    public static LeakOptions For(
        MethodInfo method, Type testClass, string subject, object? instance, bool runsAlone, IReadOnlyList<Type>? seenBefore = null, string? testName = null)
    {
        var builder = new LeakOptionsBuilder().Name(subject).RunsAlone(runsAlone).SeenBefore(seenBefore ?? []).FileName(testName);
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

    /// <summary>Whether the test asks to be scheduled alone: <see cref="LeakCheckAttribute.RunAlone"/> of the nearest level that sets it.</summary>
    public static bool WantsToRunAlone(MethodInfo method, Type testClass) =>
        Levels(method, testClass).Reverse().Select(a => a.RunAloneSetting).FirstOrDefault(v => v is not null) ?? true;

    private static IEnumerable<LeakCheckAttribute> Levels(MethodInfo method, Type testClass) =>
        testClass.Assembly.GetCustomAttributes<LeakCheckAttribute>()
            .Concat(testClass.GetCustomAttributes<LeakCheckAttribute>(inherit: true))
            .Concat(method.GetCustomAttributes<LeakCheckAttribute>(inherit: true));
}
