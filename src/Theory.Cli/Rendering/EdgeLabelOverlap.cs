using System.Globalization;
using System.Xml;

namespace Theory.Cli.Rendering;

/// <summary>
/// Finds edge labels that Graphviz printed over each other. `dot` sometimes places two labels of
/// edges leaving one node inside clusters a few points apart (seen in the Greater Manchester web);
/// its attributes give no guarantee, so the drawing is checked after layout.
/// </summary>
internal static class EdgeLabelOverlap
{
    /// <summary>Whether any two edge labels of the SVG overlap (boxes from position, anchor, size and length).</summary>
    public static bool Any(byte[] svg)
    {
        var labels = new List<(double Left, double Right, double Top, double Bottom)>();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        using var reader = XmlReader.Create(new MemoryStream(svg), settings);
        var edgeDepth = -1;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == edgeDepth)
                edgeDepth = -1;
            if (reader.NodeType != XmlNodeType.Element)
                continue;
            if (reader.LocalName == "g" && reader.GetAttribute("class") == "edge" && !reader.IsEmptyElement)
                edgeDepth = reader.Depth;
            else if (reader.LocalName == "text" && edgeDepth >= 0)
                labels.Add(Box(reader));
        }

        for (var i = 0; i < labels.Count; i++)
        {
            for (var j = i + 1; j < labels.Count; j++)
            {
                var (a, b) = (labels[i], labels[j]);
                if (a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom)
                    return true;
            }
        }

        return false;
    }

    private static (double, double, double, double) Box(XmlReader text)
    {
        var x = Number(text.GetAttribute("x"));
        var y = Number(text.GetAttribute("y"));
        var size = Number(text.GetAttribute("font-size") ?? "14");
        var anchor = text.GetAttribute("text-anchor") ?? "start";
        var content = text.ReadElementContentAsString();
        // Helvetica's average advance is about half the size: a little under, so touching is not overlap.
        var width = content.Length * size * 0.45;
        var left = anchor == "middle" ? x - width / 2 : anchor == "end" ? x - width : x;
        return (left, left + width, y - size * 0.8, y);
    }

    private static double Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
