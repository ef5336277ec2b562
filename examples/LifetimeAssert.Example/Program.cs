using LifetimeAssert;
using LifetimeAssert.Example;

// The story in one run: the leaking repository is caught, the fixed one passes.
var database = new Database();
var leaky = new LeakyOrderRepository(database);
var fixedRepository = new FixedOrderRepository(database);
var id = 0;

var leakReport = await Leak.CheckAsync(() => leaky.FindById(++id), options => options
    .Name("LeakyOrderRepository.FindById")
    .Iterations(12)
    .Track<PreparedStatement>());
Console.WriteLine(leakReport);
Console.WriteLine();

var fixedReport = await Leak.CheckAsync(() => fixedRepository.FindById(++id), options => options
    .Name("FixedOrderRepository.FindById")
    .Iterations(12)
    .Track<PreparedStatement>());
Console.WriteLine(fixedReport);
Console.WriteLine();

var asExpected = leakReport.Verdict == LeakVerdict.Leaking && fixedReport.Passed;
Console.WriteLine(asExpected
    ? $"As expected: the leak was caught ({database.OpenStatements} statements still open) and the fix passes."
    : "Unexpected: the leaking repository was not caught, or the fixed one did not pass.");
return asExpected ? 0 : 1;
