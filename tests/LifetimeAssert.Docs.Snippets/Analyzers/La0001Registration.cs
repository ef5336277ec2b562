// begin-snippet: analyzers-la0001-registration
[assembly: Xunit.TestFramework(typeof(LifetimeAssert.Xunit.LeakTestFramework))]
// end-snippet
