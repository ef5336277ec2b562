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

    // No frame is skipped by count: the JIT may inline this library's frames, and the object's constructor, into the
    // creating method (tiered PGO does), and a fixed count would then skip the user's frame. Capture filters them by name.
    internal static CreationSite? Capture(Type createdType) => Capture(createdType, new StackTrace(0, fNeedFileInfo: true).GetFrames());

    /// <summary>
    /// The site of an object registered in a swept test, and whether a static initializer or a lazily created singleton
    /// made it (<paramref name="shared"/>): such an object lives for the process, whichever test happened to create it.
    /// </summary>
    internal static CreationSite? CaptureInTest(Type createdType, out bool shared)
    {
        var frames = new StackTrace(0, fNeedFileInfo: true).GetFrames();
        shared = Array.Exists(frames, f => f.GetMethod() is { } m && IsSharedInitialization(m));
        return shared ? null : Capture(createdType, frames);
    }

    private static CreationSite? Capture(Type createdType, StackFrame[] frames)
    {
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

    /// <summary>A static constructor, or the runtime's lazy initialization (<c>Lazy&lt;T&gt;</c>, <c>LazyInitializer</c>).</summary>
    private static bool IsSharedInitialization(MethodBase method) =>
        (method.IsConstructor && method.IsStatic)
        || method.DeclaringType is { Namespace: "System" or "System.Threading" } owner
            && (owner.Name.StartsWith("Lazy`", StringComparison.Ordinal) || owner.Name == nameof(LazyInitializer));

    private static bool IsConstructorOf(MethodBase method, Type createdType) =>
        method.IsConstructor && method.DeclaringType is { } owner && owner.IsAssignableFrom(createdType);
}
