using System.Reflection;

namespace LifetimeAssert.Attributes;

/// <summary>
/// The check attributes of one kind on a test: the assembly's, the class's (and its base classes'), the method's. One on
/// the method or class makes the test checked; one on the assembly only sets defaults. Merged outermost first, so the
/// nearest level's settings win.
/// </summary>
/// <typeparam name="TAttribute">The kind of check attribute.</typeparam>
internal static class AttributeLevels<TAttribute>
    where TAttribute : CheckAttribute
{
    /// <summary>True when the method or its class (or a base class) carries the attribute.</summary>
    public static bool Applies(MethodInfo method, Type testClass) =>
        method.IsDefined(typeof(TAttribute), inherit: true) || testClass.IsDefined(typeof(TAttribute), inherit: true);

    /// <summary>Every level's attribute, outermost first.</summary>
    public static IEnumerable<TAttribute> Of(MethodInfo method, Type testClass) =>
        testClass.Assembly.GetCustomAttributes<TAttribute>()
            .Concat(testClass.GetCustomAttributes<TAttribute>(inherit: true))
            .Concat(method.GetCustomAttributes<TAttribute>(inherit: true));

    /// <summary>Whether the test asks to be scheduled alone: the nearest level that sets <c>RunAlone</c>, true when none does.</summary>
    public static bool WantsToRunAlone(MethodInfo method, Type testClass) =>
        Of(method, testClass).Reverse().Select(a => a.RunAloneSetting).FirstOrDefault(v => v is not null) ?? true;
}
