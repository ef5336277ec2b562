using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.Loader;

namespace LifetimeAssert.Benchmarks;

/// <summary>
/// An earlier build of the core and the census package (LIFETIMEASSERT_BEFORE names its folder; see
/// benchmarks/census-before-after.sh), loaded beside the current one in its own load context, so that before and after
/// run in the same benchmark run. Only the public API is called, through reflection; every other assembly is shared.
/// </summary>
internal sealed class BeforeEngine
{
    private static readonly string[] OwnAssemblies = ["LifetimeAssert", "LifetimeAssert.HeapCensus"];

    private readonly MethodInfo _check;
    private readonly Delegate _configure;
    private readonly PropertyInfo _walks;

    private BeforeEngine(Assembly core, Assembly census, string typeName, int iterations)
    {
        var builder = core.GetType("LifetimeAssert.LeakOptionsBuilder", throwOnError: true)!;
        var options = Expression.Parameter(builder);
        var configure = Expression.Call(
            Expression.Call(options, builder.GetMethod("Census", [typeof(string)])!, Expression.Constant(typeName)),
            builder.GetMethod("Iterations", [typeof(int)])!,
            Expression.Constant(iterations));
        _configure = Expression.Lambda(typeof(Action<>).MakeGenericType(builder), configure, options).Compile();
        _check = core.GetType("LifetimeAssert.Leak", throwOnError: true)!.GetMethod(
            "CheckAsync", [typeof(Action), typeof(Action<>).MakeGenericType(builder), typeof(CancellationToken)])!;
        _walks = census.GetType("LifetimeAssert.HeapCensus.HeapSnapshotter", throwOnError: true)!
            .GetProperty("Walks", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
            ?? throw new InvalidOperationException("the earlier build counts no heap walks (HeapSnapshotter.Walks): build bb1091b or later");
    }

    public static BeforeEngine Load(string typeName, int iterations)
    {
        var folder = Environment.GetEnvironmentVariable("LIFETIMEASSERT_BEFORE")
            ?? throw new InvalidOperationException("LIFETIMEASSERT_BEFORE is not set: run benchmarks/census-before-after.sh");
        var context = new EarlierBuild(folder);
        var core = context.LoadFromAssemblyName(new AssemblyName(OwnAssemblies[0]));

        // Loaded before the first check, so that the earlier core finds its own census provider among the loaded assemblies.
        var census = context.LoadFromAssemblyName(new AssemblyName(OwnAssemblies[1]));
        return new BeforeEngine(core, census, typeName, iterations);
    }

    public long Walks => (long)_walks.GetValue(null)!;

    public async Task<string> CheckAsync(Action body)
    {
        var task = (Task)_check.Invoke(null, [body, _configure, CancellationToken.None])!;
        await task.ConfigureAwait(false);
        var report = task.GetType().GetProperty("Result")!.GetValue(task)!;
        return report.GetType().GetProperty("Verdict")!.GetValue(report)!.ToString()!;
    }

    private sealed class EarlierBuild(string folder) : AssemblyLoadContext("LifetimeAssert before")
    {
        protected override Assembly? Load(AssemblyName name) =>
            OwnAssemblies.Contains(name.Name) ? LoadFromAssemblyPath(Path.Combine(folder, name.Name + ".dll")) : null;
    }
}
