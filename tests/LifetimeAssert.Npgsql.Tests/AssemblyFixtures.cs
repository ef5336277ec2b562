// One PostgreSQL server for the whole test assembly.
[assembly: AssemblyFixture(typeof(LifetimeAssert.Npgsql.Testing.PostgresLeakFixture))]
