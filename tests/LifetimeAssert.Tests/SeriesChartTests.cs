using System.Xml.Linq;
using LifetimeAssert.Scenarios;

namespace LifetimeAssert.Tests;

/// <summary>The chart attached to a failed check: one line per probe, the leaking one in red.</summary>
public sealed class SeriesChartTests
{
    [Fact]
    public void Each_probe_gets_a_line_through_every_settled_count()
    {
        var report = Leak.Check(Code.StaticList.Leaking, o => o.Track<Session>());

        var svg = XDocument.Parse(report.ToSvg());
        XNamespace ns = "http://www.w3.org/2000/svg";
        var lines = svg.Descendants(ns + "polyline").ToList();

        Assert.Equal(report.Probes.Count, lines.Count);
        var leak = lines[report.Probes.ToList().FindIndex(p => p.Outcome == ProbeOutcome.Leaking)];
        Assert.Equal("#c0392b", (string?)leak.Attribute("stroke"));
        Assert.Equal(report.Leaks[0].Values.Count, ((string)leak.Attribute("points")!).Split(' ').Length);
        Assert.Contains(svg.Descendants(ns + "text"), t => t.Value.StartsWith("Session (Leaking)", StringComparison.Ordinal));
    }

    [Fact]
    public void Names_are_escaped()
    {
        var report = Leak.Check(() => { }, o => o.Track<List<int>>());

        Assert.Contains("List&lt;int&gt;", report.ToSvg(), StringComparison.Ordinal);
        Assert.NotNull(XDocument.Parse(report.ToSvg()).Root);
    }
}
