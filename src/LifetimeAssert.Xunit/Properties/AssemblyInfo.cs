[assembly: LifetimeAssert.LifetimeAssertComponent]
