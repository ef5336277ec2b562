using LifetimeAssert;
using LifetimeAssert.Example;

// The story in one run: the leaking repository is caught, the fixed one passes.
var database = new Database();
var leaky = new LeakyOrderRepository(database);
var fixedRepository = new FixedOrderRepository(database);
var id = 0;

var leakReport = await Check("LeakyOrderRepository.FindById", () => leaky.FindById(++id));
var fixedReport = await Check("FixedOrderRepository.FindById", () => fixedRepository.FindById(++id));

var asExpected = leakReport.Verdict == LeakVerdict.Leaking && fixedReport.Passed;
Console.WriteLine(asExpected
    ? $"As expected: the leak was caught ({database.OpenStatements} statements still open) and the fix passes."
    : "Unexpected: the leaking repository was not caught, or the fixed one did not pass.");
return asExpected ? 0 : 1;

static async Task<LeakReport> Check(string name, Action findById)
{
    var report = await Leak.CheckAsync(findById, options => options
        .Name(name)
        .Iterations(12)
        .Track<PreparedStatement>());
    Console.WriteLine(report);
    Console.WriteLine();
    return report;
}
