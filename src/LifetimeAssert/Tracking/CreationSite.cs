using System.Diagnostics;
using System.Reflection;

namespace LifetimeAssert;

/// <summary>Where a tracked object was created: the first frame outside LifetimeAssert and the object's own constructors.</summary>
public sealed record CreationSite(string Method, string? File, int Line)
{
    /// <summary>Formats the site as <c>Type.Method(args) in File.cs:31</c>.</summary>
    public override string ToString() =>
        File is null ? Method : $"{Method} in {Path.GetFileName(File)}:{Line}";

    internal static CreationSite? Capture(Type createdType)
    {
        var frames = new StackTrace(1, fNeedFileInfo: true).GetFrames();
        foreach (var frame in frames)
        {
            var method = frame.GetMethod();
            if (method is null || IsOwnFrame(method) || IsConstructorOf(method, createdType))
            {
                continue;
            }

            return new CreationSite(MethodNames.Describe(method), frame.GetFileName(), frame.GetFileLineNumber());
        }

        return null;
    }

    private static bool IsOwnFrame(MethodBase method) =>
        method.DeclaringType?.Assembly.GetCustomAttribute<LifetimeAssertComponentAttribute>() is not null;

    private static bool IsConstructorOf(MethodBase method, Type createdType) =>
        method.IsConstructor && method.DeclaringType is { } owner && owner.IsAssignableFrom(createdType);
}
