// A hook package marks itself, so creation sites skip its frames and name its caller.
[assembly: LifetimeAssert.LifetimeAssertComponent]
