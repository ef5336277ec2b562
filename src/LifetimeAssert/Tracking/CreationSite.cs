using System.Diagnostics;
using System.Reflection;
using LifetimeAssert.Tracking;

namespace LifetimeAssert;

/// <summary>
/// Where a tracked object was created: the first frame outside LifetimeAssert and the object's own
/// constructors, and the frame that called it (a factory such as <c>Prepare</c> is rarely the culprit).
/// </summary>
/// <param name="Method">The creating method, such as <c>Database.Prepare(string)</c>.</param>
/// <param name="File">Its source file, when symbols are available.</param>
/// <param name="Line">Its line in <paramref name="File"/>.</param>
/// <param name="CalledFrom">The calling frame, formatted like this one, if any.</param>
public sealed record CreationSite(string Method, string? File, int Line, string? CalledFrom)
{
    /// <summary>Formats the site as <c>Type.Method(args) in File.cs:31, called from …</c>.</summary>
    public override string ToString() =>
        CalledFrom is null ? Frame(Method, File, Line) : $"{Frame(Method, File, Line)}, called from {CalledFrom}";

    private static string Frame(string method, string? file, int line) =>
        file is null ? method : $"{method} in {Path.GetFileName(file)}:{line}";

    internal static CreationSite? Capture(Type createdType)
    {
        var frames = new StackTrace(1, fNeedFileInfo: true).GetFrames();
        for (var i = 0; i < frames.Length; i++)
        {
            var method = frames[i].GetMethod();
            if (method is null || !IsUserCode(method) || IsConstructorOf(method, createdType))
            {
                continue;
            }

            var caller = Array.Find(frames[(i + 1)..], f => f.GetMethod() is { } m && IsUserCode(m));
            var calledFrom = caller?.GetMethod() is { } callerMethod
                ? Frame(MethodNames.Describe(callerMethod), caller.GetFileName(), caller.GetFileLineNumber())
                : null;
            return new CreationSite(MethodNames.Describe(method), frames[i].GetFileName(), frames[i].GetFileLineNumber(), calledFrom);
        }

        return null;
    }

    /// <summary>
    /// False for this library, the runtime and the libraries an object is usually created through (dependency
    /// injection, ASP.NET Core, EF Core, data providers, test frameworks) and generated code: a site names the user's
    /// code, not <c>ServiceProvider.GetService</c>.
    /// </summary>
    private static bool IsUserCode(MethodBase method)
    {
        var assembly = method.DeclaringType?.Assembly;
        if (assembly is null || assembly.IsDynamic || assembly.GetCustomAttribute<LifetimeAssertComponentAttribute>() is not null)
        {
            return false;
        }

        var name = assembly.GetName().Name ?? string.Empty;
        return !Array.Exists(LibraryPrefixes, prefix => name == prefix || name.StartsWith(prefix + ".", StringComparison.Ordinal));
    }

    private static readonly string[] LibraryPrefixes =
        ["System", "Microsoft", "mscorlib", "netstandard", "Npgsql", "xunit", "nunit.framework", "NUnit", "FluentAssertions", "Castle"];

    private static bool IsConstructorOf(MethodBase method, Type createdType) =>
        method.IsConstructor && method.DeclaringType is { } owner && owner.IsAssignableFrom(createdType);
}
