namespace LifetimeAssert;

/// <summary>
/// Marks an assembly whose frames creation sites skip, so that a leak names the user's code that created an object,
/// not the library it was created through: <c>[assembly: LifetimeAssertComponent]</c>. LifetimeAssert's own packages
/// carry it; so should a provider hook or a probe package that registers objects on its users' behalf.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class LifetimeAssertComponentAttribute : Attribute;
