using LifetimeAssert;
using LifetimeAssert.Example;

// The story in one run: the repository that prepares SQL built per call is caught, the parameterized one passes.
Console.WriteLine("== In-process SQLite through the ADO.NET hooks (no server needed)");
var asExpected = Show(await Story.RunEmbeddedAsync());

if (Environment.GetEnvironmentVariable("LIFETIMEASSERT_POSTGRES") is { Length: > 0 } connectionString)
{
    Console.WriteLine("== PostgreSQL (LIFETIMEASSERT_POSTGRES): server-side prepared statements counted too");
    asExpected &= Show(await Story.RunPostgresAsync(connectionString));
}
else
{
    Console.WriteLine("Set LIFETIMEASSERT_POSTGRES to a connection string to also count the statements a PostgreSQL server holds.");
}

Console.WriteLine(asExpected
    ? "As expected: the leaking repository was caught and the fixed one passes."
    : "Unexpected: the leaking repository was not caught, or the fixed one did not pass.");
return asExpected ? 0 : 1;

static bool Show((LeakReport Leaky, LeakReport Fixed) reports)
{
    Console.WriteLine(reports.Leaky);
    Console.WriteLine();
    Console.WriteLine(reports.Fixed);
    Console.WriteLine();
    return reports.Leaky.Verdict == LeakVerdict.Leaking && reports.Fixed.Passed;
}
