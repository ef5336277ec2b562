using System.Reflection;
using LifetimeAssert.Attributes;
using LifetimeAssert.Services;

namespace LifetimeAssert.Checks;

/// <summary>A <see cref="CheckKind"/> from its attribute type, options builder and check: what differs between kinds.</summary>
/// <typeparam name="TAttribute">The check attribute.</typeparam>
/// <typeparam name="TBuilder">The options builder the attributes apply to.</typeparam>
/// <typeparam name="TOptions">The options it builds.</typeparam>
internal sealed class AttributeCheckKind<TAttribute, TBuilder, TOptions>(
    string attributeName,
    Action<TAttribute, TBuilder, Type, object?> apply,
    Func<TOptions, ICheck> create) : CheckKind
    where TAttribute : CheckAttribute
    where TBuilder : CheckOptionsBuilder<TBuilder, TOptions>, new()
    where TOptions : CheckOptions
{
    public override string AttributeName => attributeName;

    public override bool Applies(MethodInfo method, Type testClass) => AttributeLevels<TAttribute>.Applies(method, testClass);

    public override bool WantsToRunAlone(MethodInfo method, Type testClass) => AttributeLevels<TAttribute>.WantsToRunAlone(method, testClass);

    public override ICheck Create(MethodInfo method, Type testClass, object? instance, string subject, bool runsAlone, EngineServices services) =>
        Create(AttributeLevels<TAttribute>.Of(method, testClass), testClass, instance, subject, runsAlone, services);

    /// <summary>The check from attribute instances given outermost first (the levels of a test, or a test's own).</summary>
    /// <exception cref="LeakConfigurationException">The merged options are invalid; every problem is listed.</exception>
    public ICheck Create(IEnumerable<TAttribute> levels, Type testClass, object? instance, string subject, bool runsAlone, EngineServices services)
    {
        var builder = new TBuilder().Name(subject).RunsAlone(runsAlone);
        foreach (var attribute in levels)
        {
            apply(attribute, builder, testClass, instance);
        }

        return create(builder.Build(services));
    }
}
