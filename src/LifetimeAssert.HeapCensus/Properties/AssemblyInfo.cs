// Creation sites skip this assembly's frames, so a leak names the user's code, not the census.
[assembly: LifetimeAssert.LifetimeAssertComponent]

// How the core finds the census when a check names Census types, also when no type of this package was touched.
[assembly: LifetimeAssert.CensusProvider(typeof(LifetimeAssert.HeapCensus.HeapCensusProvider))]
