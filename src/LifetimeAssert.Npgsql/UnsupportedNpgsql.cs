using System.Reflection;
using Npgsql;

namespace LifetimeAssert.Npgsql;

/// <summary>
/// The one error for an Npgsql whose internals differ from what the probes read: it names the loaded version,
/// what is missing or changed, and the versions this package supports. A probe throws it while starting or
/// sampling, so the check ends inconclusive naming the probe instead of counting 0.
/// </summary>
internal static class UnsupportedNpgsql
{
    private static readonly Assembly NpgsqlAssembly = typeof(NpgsqlDataSource).Assembly;

    /// <summary>The loaded Npgsql's package version ("10.0.3"), without the commit hash its build appends.</summary>
    public static string Version { get; } = ReadVersion();

    /// <summary>An internal type of the loaded Npgsql, by full name.</summary>
    public static Type InternalType(string fullName) =>
        NpgsqlAssembly.GetType(fullName, throwOnError: false) ?? throw Error($"the internal type {fullName} is missing");

    /// <param name="what">What is missing or changed, e.g. "the internal field Npgsql.PoolingDataSource.Connectors is missing".</param>
    public static NotSupportedException Error(string what) =>
        new($"unsupported Npgsql version {Version}: {what}; LifetimeAssert.Npgsql supports Npgsql {NpgsqlShape.SupportedVersions}, " +
            "so reference an Npgsql in that range or a LifetimeAssert.Npgsql that supports this one.");

    /// <summary>A type as C# spells it, with namespaces: "System.Collections.Generic.Dictionary&lt;System.String, Npgsql.PreparedStatement&gt;".</summary>
    public static string Display(Type type)
    {
        if (type.IsArray)
        {
            return Display(type.GetElementType()!) + "[]";
        }

        if (!type.IsGenericType)
        {
            return type.FullName ?? type.Name;
        }

        var name = type.GetGenericTypeDefinition().FullName ?? type.Name;
        return $"{name[..name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(Display))}>";
    }

    private static string ReadVersion()
    {
        var informational = NpgsqlAssembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(informational))
        {
            return NpgsqlAssembly.GetName().Version?.ToString() ?? "(unknown)";
        }

        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
