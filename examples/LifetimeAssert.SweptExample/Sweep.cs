// The one line that turns this suite into leak guards: every test fails if it leaves a tracked object undisposed.
[assembly: LifetimeAssert.Xunit.LeakSweep]
