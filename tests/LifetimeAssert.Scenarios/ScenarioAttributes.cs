using System.Collections.ObjectModel;
using System.Reflection;

namespace LifetimeAssert.Scenarios;

/// <summary>
/// Compares the options a scenario assembly's <c>[AssertNoLeak]</c> attributes give a scenario's test method with the
/// catalog's options for that scenario. Reads what each level (assembly, class, method) sets explicitly, from the
/// attributes' metadata, and merges the levels as the adapters do: the nearest scalar wins, lists add up.
/// </summary>
public static class ScenarioAttributes
{
    /// <summary>The test method named after <paramref name="scenario"/> in <paramref name="scenarioAssembly"/>.</summary>
    /// <exception cref="InvalidOperationException">There is no such method, or more than one.</exception>
    public static MethodInfo MethodOf(Assembly scenarioAssembly, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenarioAssembly);
        ArgumentNullException.ThrowIfNull(scenario);
        var methods = scenarioAssembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.Name == scenario.Name)
            .ToList();
        return methods.Count == 1
            ? methods[0]
            : throw new InvalidOperationException($"{scenarioAssembly.GetName().Name} has {methods.Count} methods named {scenario.Name}; expected one.");
    }

    /// <summary>Every option in which the attributes of <paramref name="method"/> differ from the catalog; empty when they match.</summary>
    public static IReadOnlyList<string> Differences(Scenario scenario, MethodInfo method)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(method);
        var builder = new LeakOptionsBuilder();
        scenario.Options(builder);
        var built = builder.Build();
        var catalog = FromCatalog(built);
        var attributes = FromAttributes(method);
        var differences = typeof(Settings).GetProperties()
            .Where(p => !Equals(p.GetValue(catalog), p.GetValue(attributes)))
            .Select(p => $"{p.Name}: catalog {Shown(p.GetValue(catalog))}, attributes {Shown(p.GetValue(attributes))}")
            .ToList();

        // An adapter runs a checked test alone unless it says RunAlone = false; the catalog's scenarios run as parallel
        // tests unless they say they must run alone. Only a scenario that must run alone has something to compare.
        if (built.RunsAlone && !RunsAlone(method))
        {
            differences.Add("RunAlone: the catalog's scenario runs alone, the attributes say RunAlone = false");
        }

        return differences;
    }

    private static Settings FromCatalog(LeakOptions options) =>
        new(
            options.Iterations,
            options.Warmup,
            options.SampleEvery,
            options.AllowedGrowth,
            options.Strict,
            options.Judge,
            List(options.TrackedTypes.Select(t => t.FullName ?? t.Name)),
            List(options.CensusTypeNames),
            List(options.Probes.Select(p => p.Name)));

    private static Settings FromAttributes(MethodInfo method)
    {
        var levels = Levels(method).ToList();
        if (!levels.Any(level => level.IsTestLevel))
        {
            throw new InvalidOperationException($"{method.DeclaringType?.Name}.{method.Name} carries no [AssertNoLeak], nor does its class.");
        }

        // Scalars: the nearest level that sets one wins. Lists and the judged probes: all levels add up.
        T? Nearest<T>(string name)
            where T : struct =>
            levels.Select(level => level.Named(name)).LastOrDefault(value => value is not null) is { } value ? (T)value : null;

        var judge = levels.Select(level => level.Named(nameof(LeakCheckAttribute.Judge)))
            .Where(value => value is not null)
            .Aggregate(ProcessProbes.None, (all, value) => all | (ProcessProbes)(int)value!);
        var probes = levels.SelectMany(level => level.Names(nameof(LeakCheckAttribute.Probes)))
            .SelectMany(member => ProbeNames(method.DeclaringType!, member));
        return new Settings(
            Nearest<int>(nameof(LeakCheckAttribute.Iterations)) ?? LeakOptions.DefaultIterations,
            Nearest<int>(nameof(LeakCheckAttribute.Warmup)) ?? LeakOptions.DefaultWarmup,
            Nearest<int>(nameof(LeakCheckAttribute.SampleEvery)) ?? LeakOptions.DefaultSampleEvery,
            Nearest<int>(nameof(LeakCheckAttribute.AllowedGrowth)) ?? 0,
            Nearest<bool>(nameof(LeakCheckAttribute.Strict)),
            judge,
            List(levels.SelectMany(level => level.Types(nameof(LeakCheckAttribute.Track))).Select(t => t.FullName ?? t.Name)),
            List(levels.SelectMany(level => level.Names(nameof(LeakCheckAttribute.Census)))),
            List(probes));
    }

    private static bool RunsAlone(MethodInfo method) =>
        Levels(method).Select(level => level.Named(nameof(LeakCheckAttribute.RunAlone))).LastOrDefault(value => value is not null) as bool? ?? true;

    // Outermost first: the assembly, the classes from the base down, the method.
    private static IEnumerable<Level> Levels(MethodInfo method)
    {
        var type = method.DeclaringType!;
        var classes = new List<Type>();
        for (var current = type; current is not null; current = current.BaseType)
        {
            classes.Insert(0, current);
        }

        return Checks(type.Assembly.GetCustomAttributesData(), isTestLevel: false)
            .Concat(classes.SelectMany(c => Checks(c.GetCustomAttributesData(), isTestLevel: true)))
            .Concat(Checks(method.GetCustomAttributesData(), isTestLevel: true));
    }

    private static IEnumerable<Level> Checks(IEnumerable<CustomAttributeData> attributes, bool isTestLevel) =>
        attributes.Where(a => typeof(LeakCheckAttribute).IsAssignableFrom(a.AttributeType)).Select(a => new Level(a, isTestLevel));

    // A probe member as the adapters resolve it: a property, field or parameterless method returning a Probe or probes.
    private static IEnumerable<string> ProbeNames(Type testClass, string member)
    {
        const BindingFlags Any = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;
        var found = testClass.GetMember(member, Any).SingleOrDefault()
            ?? throw new InvalidOperationException($"{testClass.Name} has no member {member} named in Probes.");
        var instance = found is FieldInfo { IsStatic: true } or PropertyInfo { GetMethod.IsStatic: true } or MethodInfo { IsStatic: true }
            ? null
            : Activator.CreateInstance(testClass);
        var value = found switch
        {
            PropertyInfo property => property.GetValue(instance),
            FieldInfo field => field.GetValue(instance),
            MethodInfo method => method.Invoke(instance, []),
            _ => null,
        };
        return value switch
        {
            Probe probe => [probe.Name],
            IEnumerable<Probe> probes => probes.Select(p => p.Name),
            _ => throw new InvalidOperationException($"{testClass.Name}.{member} named in Probes returns no Probe."),
        };
    }

    private static string Shown(object? value) => value switch
    {
        null => "unset",
        "" => "none",
        _ => $"{value}",
    };

    private static string List(IEnumerable<string> items) => string.Join(", ", items.Distinct().Order(StringComparer.Ordinal));

    /// <summary>The options that the catalog and the attributes both state.</summary>
    private sealed record Settings(
        int Iterations, int Warmup, int SampleEvery, long AllowedGrowth, bool? Strict, ProcessProbes Judge, string Track, string Census, string Probes);

    /// <summary>One leak-check attribute: the named arguments it sets.</summary>
    private sealed record Level(CustomAttributeData Attribute, bool IsTestLevel)
    {
        public object? Named(string name) =>
            Attribute.NamedArguments.Where(a => a.MemberName == name).Select(a => a.TypedValue.Value).LastOrDefault();

        public IEnumerable<string> Names(string name) => Elements(name).Select(value => (string)value!);

        public IEnumerable<Type> Types(string name) => Elements(name).Select(value => (Type)value!);

        private IEnumerable<object?> Elements(string name) =>
            Named(name) is ReadOnlyCollection<CustomAttributeTypedArgument> elements ? elements.Select(e => e.Value) : [];
    }
}
