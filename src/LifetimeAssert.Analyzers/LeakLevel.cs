namespace LifetimeAssert.Analyzers;

/// <summary>Where an <c>[AssertNoLeak]</c> sits; the nearest level's scalar settings win.</summary>
internal enum LeakLevel
{
    Method,
    Class,
    Assembly,
}
