namespace LifetimeAssert;

/// <summary>
/// Marks the assemblies of LifetimeAssert itself, so creation sites skip their frames and name user code.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly)]
internal sealed class LifetimeAssertComponentAttribute : Attribute;
