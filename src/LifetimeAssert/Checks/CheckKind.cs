using System.Reflection;
using LifetimeAssert.Services;

namespace LifetimeAssert.Checks;

/// <summary>
/// One kind of check a test asks for with an attribute (<c>[AssertNoLeak]</c>, <c>[AssertAllocations]</c>): whether a
/// test has it, whether it wants to run alone, and the check itself, its options merged from every level and validated.
/// </summary>
internal abstract class CheckKind
{
    /// <summary>The attribute as a user writes it, for messages: <c>[AssertNoLeak]</c>.</summary>
    public abstract string AttributeName { get; }

    /// <summary>True when the method or its class carries the attribute (the assembly's only sets defaults).</summary>
    public abstract bool Applies(MethodInfo method, Type testClass);

    /// <summary>The nearest level's <c>RunAlone</c>, true when no level sets it.</summary>
    public abstract bool WantsToRunAlone(MethodInfo method, Type testClass);

    /// <summary>The check, with options merged assembly → class → method and validated.</summary>
    /// <exception cref="LeakConfigurationException">The merged options are invalid; every problem is listed.</exception>
    public abstract ICheck Create(MethodInfo method, Type testClass, object? instance, string subject, bool runsAlone, EngineServices services);
}
