namespace LifetimeAssert.Reporting;

/// <summary>
/// Marker recognized by name by xUnit v3 (and others), so a leak is reported as an assertion failure, not an
/// error, without this package depending on a test framework.
/// </summary>
internal interface IAssertionException;
