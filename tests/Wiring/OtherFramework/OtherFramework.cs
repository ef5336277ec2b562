[assembly: Xunit.TestFramework(typeof(WiringFixture.OtherFramework))]

namespace WiringFixture;

/// <summary>A test framework of the assembly's own, standing for any other library's (it changes nothing).</summary>
public sealed class OtherFramework : Xunit.v3.XunitTestFramework;
