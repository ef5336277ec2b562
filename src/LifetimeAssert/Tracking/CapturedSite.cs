using System.Reflection;

namespace LifetimeAssert.Tracking;

/// <summary>
/// A creation site as captured: the creating frame and its caller, as methods and IL offsets. Their names, files and
/// lines are worked out the first time a report reads <see cref="Site"/> — for the few objects that leak, never for the
/// many that are disposed.
/// </summary>
internal sealed class CapturedSite(MethodBase method, int offset, MethodBase? caller, int callerOffset)
{
    private CreationSite? _site;

    public CreationSite Site => _site ??= CreationSite.Describe(method, offset, caller, callerOffset);
}
