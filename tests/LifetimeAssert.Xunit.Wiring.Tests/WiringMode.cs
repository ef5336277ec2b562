namespace LifetimeAssert.Xunit.Wiring.Tests;

/// <summary>How a fixture takes in LifetimeAssert.Xunit; each is a project of that name under tests/Wiring.</summary>
public enum WiringMode
{
    /// <summary>The package, whose props registers the LifetimeAssert test framework.</summary>
    PackageReference,

    /// <summary>The source project: no props, so no framework registered.</summary>
    ProjectReference,

    /// <summary>The package with <c>LifetimeAssertRegisterTestFramework=false</c>.</summary>
    RegistrationOff,

    /// <summary>The package with registration off and another test framework registered.</summary>
    OtherFramework,
}
