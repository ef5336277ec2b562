using System;

namespace LifetimeAssert.Analyzers;

/// <summary>Test frameworks that have an <c>[AssertNoLeak]</c>; flags, because a method may carry attributes of several.</summary>
[Flags]
internal enum TestFrameworks
{
    None = 0,
    Xunit = 1,
    NUnit = 2,
    MSTest = 4,
}
