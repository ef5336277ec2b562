// Creation sites skip this assembly's frames, so a leak names the user's code, not the interceptors.
[assembly: LifetimeAssert.LifetimeAssertComponent]
