using System.Globalization;
using System.Net;
using System.Text;

namespace LifetimeAssert.Reporting;

/// <summary>
/// Draws each probe's settled counts as a small line chart in one SVG: leaking probes in red, the others in grey,
/// so a failing test shows at a glance what grew and how steadily.
/// </summary>
internal static class SeriesChart
{
    private const int Width = 360;
    private const int PlotHeight = 80;
    private const int RowHeight = PlotHeight + 40;
    private const int Margin = 40;

    public static string Render(LeakReport report)
    {
        var probes = report.Probes.Where(p => p.Values.Count > 0).ToList();
        var height = RowHeight * Math.Max(probes.Count, 1) + Margin;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width + 2 * Margin}\" height=\"{height}\" font-family=\"sans-serif\" font-size=\"11\">");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Margin}\" y=\"20\" font-size=\"13\">{Escape($"{report.Verdict}: {report.Subject}")}</text>");
        for (var row = 0; row < probes.Count; row++)
        {
            AppendProbe(svg, probes[row], Margin + row * RowHeight);
        }

        return svg.Append("</svg>").ToString();
    }

    private static void AppendProbe(StringBuilder svg, ProbeReport probe, int top)
    {
        var values = probe.Values;
        var low = values.Min();
        var high = Math.Max(values.Max(), low + 1);
        var color = probe.Outcome == ProbeOutcome.Leaking ? "#c0392b" : "#7f8c8d";
        var step = values.Count > 1 ? Width / (double)(values.Count - 1) : 0;
        var points = string.Join(" ", values.Select((value, i) => string.Create(
            CultureInfo.InvariantCulture,
            $"{Margin + i * step:0.#},{top + 20 + PlotHeight - (value - low) * PlotHeight / (double)(high - low):0.#}")));

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Margin}\" y=\"{top + 12}\" fill=\"{color}\">{Escape($"{probe.Name} ({probe.Outcome}) {low} .. {values.Max()}")}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Margin}\" y=\"{top + 20}\" width=\"{Width}\" height=\"{PlotHeight}\" fill=\"none\" stroke=\"#ddd\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{color}\" stroke-width=\"2\" points=\"{points}\"/>");
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
