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

/// <summary>How a fixture takes in LifetimeAssert.MSTest; each is a project <c>MSTest</c> + its name under tests/Wiring.</summary>
public enum MSTestWiringMode
{
    /// <summary>The package: its buildTransitive targets compile in the runtime guard, and the analyzer comes with it.</summary>
    PackageReference,

    /// <summary>The source project, with the README's manual steps: the targets imported and the analyzer referenced.</summary>
    ProjectReference,
}
