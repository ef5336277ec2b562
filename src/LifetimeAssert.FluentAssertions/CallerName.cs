using System.Diagnostics;
using System.Runtime.CompilerServices;
using LifetimeAssert.Adapters;

namespace LifetimeAssert.FluentAssertions;

/// <summary>
/// Names a check after the code that asserted it. The checked delegate is usually FluentAssertions' own wrapper
/// (from <c>Invoking</c> or <c>Awaiting</c>), whose name would say nothing about the test.
/// </summary>
internal static class CallerName
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static string? Find()
    {
        var own = typeof(CallerName).Assembly;
        var caller = new StackTrace(1, fNeedFileInfo: false).GetFrames()
            .Select(frame => frame.GetMethod())
            .FirstOrDefault(method => method?.DeclaringType is { } type && type.Assembly != own);
        return caller is null ? null : TestName.OfCode(caller);
    }
}
