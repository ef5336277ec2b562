namespace LifetimeAssert.EntityFrameworkCore.Tests;

/// <summary>Asserts a report's verdict, the leak's name and its creation site.</summary>
internal static class Verdicts
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static void AssertLeaking(LeakReport report, string type)
    {
        Assert.True(report.Verdict == LeakVerdict.Leaking, report.ToString());
        Assert.Contains(report.Leaks, leak => leak.Name == type);
    }

    public static void AssertPassed(LeakReport report, string type)
    {
        Assert.True(report.Verdict == LeakVerdict.Passed, report.ToString());
        Assert.Contains(report.Probes, p => p.Name == type);

        // The objects were seen and released: the clean twin really checked something.
        Assert.DoesNotContain("checks nothing", report.ToString(), StringComparison.Ordinal);
    }

    /// <summary>
    /// The leak of <paramref name="type"/> was created in <paramref name="method"/> of ShopQueries.cs, not in EF or a hook.
    /// A context's services are built on its first use, which may be one of the context's own members (a DbSet property):
    /// then the site is that member, called from the method.
    /// </summary>
    public static void AssertCreatedIn(LeakReport report, string type, string method)
    {
        var leak = Assert.Single(report.Leaks, l => l.Name == type);
        var site = Assert.Single(leak.CreationSites).Site;
        var user = site.File is not null && Path.GetFileName(site.File) == "ShopQueries.cs" ? site.ToString() : site.CalledFrom;
        Assert.NotNull(user);
        Assert.StartsWith(method, user, StringComparison.Ordinal);
        Assert.Contains("in ShopQueries.cs:", user, StringComparison.Ordinal);
        var text = report.ToString();
        Assert.DoesNotContain("ContextLifetime", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Interceptor", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft.EntityFrameworkCore", text, StringComparison.Ordinal);
    }
}
