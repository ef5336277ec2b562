using System.Diagnostics;
using System.Reflection;
using System.Runtime.CompilerServices;
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

    // Without file information: the frames a site names are kept, and described (their symbols read) only when a report
    // shows the site (CapturedSite) — most objects are disposed, and a clean run reads no symbols at all. No frame is
    // skipped by count: the JIT may inline this library's frames, and the object's constructor, into the creating method
    // (tiered PGO does), and a fixed count would then skip the user's frame. Capture filters them by name.
    internal static CapturedSite? Capture(Type createdType) => Capture(createdType, new StackTrace(0, fNeedFileInfo: false).GetFrames());

    /// <summary>
    /// The site of an object registered in a swept test, and whether a static initializer or a lazily created singleton
    /// made it (<paramref name="shared"/>): such an object lives for the process, whichever test happened to create it.
    /// </summary>
    internal static CapturedSite? CaptureInTest(Type createdType, out bool shared)
    {
        var frames = new StackTrace(0, fNeedFileInfo: false).GetFrames();
        shared = Array.Exists(frames, f => f.GetMethod() is { } m && IsSharedInitialization(m));
        return shared ? null : Capture(createdType, frames);
    }

    private static CapturedSite? Capture(Type createdType, StackFrame[] frames)
    {
        for (var i = 0; i < frames.Length; i++)
        {
            var method = frames[i].GetMethod();
            if (method is null || !IsUserCode(method) || IsConstructorOf(method, createdType))
            {
                continue;
            }

            for (var j = i + 1; j < frames.Length; j++)
            {
                if (frames[j].GetMethod() is { } caller && IsUserCode(caller))
                {
                    return new CapturedSite(method, frames[i].GetILOffset(), caller, frames[j].GetILOffset());
                }
            }

            return new CapturedSite(method, frames[i].GetILOffset(), null, 0);
        }

        return null;
    }

    /// <summary>The site a captured one names: its frames described, the caller's formatted.</summary>
    internal static CreationSite Describe(MethodBase method, int offset, MethodBase? caller, int callerOffset)
    {
        var site = SiteFrames.Describe(method, offset);
        string? calledFrom = null;
        if (caller is not null)
        {
            var frame = SiteFrames.Describe(caller, callerOffset);
            calledFrom = Frame(frame.Method, frame.File, frame.Line);
        }

        return new CreationSite(site.Method, site.File, site.Line, calledFrom);
    }

    /// <summary>
    /// False for this library, the runtime and the libraries an object is usually created through (dependency
    /// injection, ASP.NET Core, EF Core, data providers, test frameworks) and generated code: a site names the user's
    /// code, not <c>ServiceProvider.GetService</c>.
    /// </summary>
    private static bool IsUserCode(MethodBase method) =>
        method.DeclaringType?.Assembly is { } assembly && UserAssemblies.GetValue(assembly, IsUserAssembly).Value;

    private static StrongBox<bool> IsUserAssembly(Assembly assembly)
    {
        if (assembly.IsDynamic || assembly.GetCustomAttribute<LifetimeAssertComponentAttribute>() is not null)
        {
            return new StrongBox<bool>(false);
        }

        var name = assembly.GetName().Name ?? string.Empty;
        return new StrongBox<bool>(!Array.Exists(LibraryPrefixes, prefix => name == prefix || name.StartsWith(prefix + ".", StringComparison.Ordinal)));
    }

    // Every frame of every registration asks: the answer is kept for as long as the assembly is loaded.
    private static readonly ConditionalWeakTable<Assembly, StrongBox<bool>> UserAssemblies = new();

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
