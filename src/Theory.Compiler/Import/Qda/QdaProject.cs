using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace Theory.Import.Qda;

/// <summary>A code of a QDA codebook: its name, description and children (the code hierarchy); a code that is not codable is a category.</summary>
internal sealed record QdaCode(string Guid, string Name, string? Description, QdaCode? Parent, bool IsCodable)
{
    public List<QdaCode> Children { get; } = [];
}

/// <summary>A coded segment: the document it is in, its text (for text sources) or place, and the codes applied to it.</summary>
internal sealed record QdaSegment(string Source, string? Text, string? Locator, IReadOnlyList<string> CodeGuids);

/// <summary>
/// A REFI-QDA project (`.qdpx`: a zip holding `project.qde` and the source documents) or codebook
/// (`.qdc`), the open exchange format NVivo, ATLAS.ti and MAXQDA write (REFI-QDA Project Exchange
/// 1.0, namespace <c>urn:QDA-XML:project:1.0</c>). Read defensively: XML without DTDs (no external
/// entities), within the size limit for archives, elements found by local name so a tool's own
/// namespace prefix does not matter.
/// </summary>
internal sealed class QdaProject
{
    private static readonly string[] SelectionElements = ["PlainTextSelection", "PDFSelection", "PictureSelection", "AudioSelection", "VideoSelection", "TranscriptSelection"];

    private QdaProject(string? origin, List<QdaCode> codes, List<QdaSegment> segments, List<(string Origin, string Target, string? Name)> links, bool tooDeep)
    {
        TooDeep = tooDeep;
        Origin = origin;
        Codes = codes;
        Segments = segments;
        Links = links;
    }

    /// <summary>True when codes nest deeper than <c>Limits.NestingDepth</c>: the deeper ones were left out.</summary>
    public bool TooDeep { get; }

    /// <summary>The tool that wrote the project (`origin` attribute), when it says.</summary>
    public string? Origin { get; }

    /// <summary>The top-level codes, each with its children.</summary>
    public List<QdaCode> Codes { get; }

    public List<QdaSegment> Segments { get; }

    /// <summary>Relationships between codes (`Links` with an origin and a target), as NVivo's relationships export.</summary>
    public List<(string Origin, string Target, string? Name)> Links { get; }

    /// <summary>Reads a `.qdpx` (zip) or a `.qdc`/`.qde` (XML) file; null with the reason when it is neither.</summary>
    public static QdaProject? Read(Stream file, out string? error)
    {
        try
        {
            // Read whole, so within the limit every input has (Limits.SourceFileBytes).
            if (file.CanSeek && file.Length - file.Position > Limits.SourceFileBytes)
            {
                error = $"the file is {file.Length / (1024 * 1024)} MiB; the limit is {Limits.SourceFileBytes / (1024 * 1024)} MiB";
                return null;
            }

            using var buffer = new MemoryStream();
            file.CopyTo(buffer);
            buffer.Position = 0;
            var isZip = buffer.Length >= 4 && buffer.GetBuffer()[0] == (byte)'P' && buffer.GetBuffer()[1] == (byte)'K';
            if (!isZip)
                return FromXml(Load(buffer), null, out error);
            using var zip = new ZipArchive(buffer, ZipArchiveMode.Read);
            if (zip.Entries.Sum(e => e.Length) > Limits.ArchiveBytes)
            {
                error = $"the project unzips to more than {Limits.ArchiveBytes / (1024 * 1024)} MiB, the limit";
                return null;
            }

            var project = zip.Entries.FirstOrDefault(e => e.FullName.EndsWith(".qde", StringComparison.OrdinalIgnoreCase));
            if (project is null)
            {
                error = "it is a zip but holds no project.qde: not a REFI-QDA project";
                return null;
            }

            using var stream = project.Open();
            return FromXml(Load(stream), path => ReadSource(zip, path), out error);
        }
        // ArgumentException too: .NET's XML reader throws one on some broken encoding declarations
        // (`<?xml version="1.0` followed by bytes that are no encoding; found by fuzzing).
        catch (Exception e) when (e is XmlException or InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            error = $"it is not a REFI-QDA project or codebook that can be read: {e.Message}";
            return null;
        }
    }

    // DTDs are refused: an entity could read a file of the machine (XXE) or expand without bound.
    private static XDocument Load(Stream stream) =>
        XDocument.Load(XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = Limits.ArchiveBytes }));

    // `internal://<name>` names a file under `sources/` in the archive.
    private static string? ReadSource(ZipArchive zip, string path)
    {
        var name = path.StartsWith("internal://", StringComparison.OrdinalIgnoreCase) ? path.Substring("internal://".Length) : null;
        var entry = name is null ? null : zip.GetEntry("sources/" + name) ?? zip.GetEntry("Sources/" + name);
        if (entry is null)
            return null;
        using var reader = new StreamReader(entry.Open(), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private static QdaProject? FromXml(XDocument document, Func<string, string?>? readSource, out string? error)
    {
        var root = document.Root;
        if (root is null || root.Name.LocalName is not ("Project" or "CodeBook"))
        {
            error = $"its XML is not a REFI-QDA project or codebook (the root element is <{root?.Name.LocalName}>, not <Project> or <CodeBook>)";
            return null;
        }

        var codes = new List<QdaCode>();
        var tooDeep = false;
        var codeBook = root.Name.LocalName == "CodeBook" ? root : Child(root, "CodeBook");
        if (codeBook is not null && Child(codeBook, "Codes") is { } list)
            codes.AddRange(list.Elements().Where(e => e.Name.LocalName == "Code").Select(e => ReadCode(e, null, 1, ref tooDeep)));

        var segments = new List<QdaSegment>();
        if (Child(root, "Sources") is { } sources)
        {
            foreach (var source in sources.Elements())
            {
                var name = Attribute(source, "name") ?? source.Name.LocalName;
                var text = Child(source, "PlainTextContent")?.Value
                    ?? (Attribute(source, "plainTextPath") is { } path && readSource is not null ? readSource(path) : null);
                foreach (var selection in source.Descendants().Where(e => SelectionElements.Contains(e.Name.LocalName)))
                {
                    var codings = selection.Elements().Where(e => e.Name.LocalName == "Coding")
                        .SelectMany(c => c.Elements().Where(r => r.Name.LocalName == "CodeRef"))
                        .Select(r => Attribute(r, "targetGUID")).OfType<string>().ToList();
                    if (codings.Count > 0)
                        segments.Add(new QdaSegment(name, SelectedText(selection, text), Locator(selection), codings));
                }
            }
        }

        var links = new List<(string, string, string?)>();
        if (Child(root, "Links") is { } linkList)
        {
            foreach (var link in linkList.Elements().Where(e => e.Name.LocalName == "Link"))
            {
                if (Attribute(link, "originGUID") is { } origin && Attribute(link, "targetGUID") is { } target)
                    links.Add((origin, target, Attribute(link, "name")));
            }
        }

        error = null;
        return new QdaProject(Attribute(root, "origin"), codes, segments, links, tooDeep);
    }

    // Recursive on the code tree, so its depth is bounded: a hostile file can nest codes thousands deep.
    private static QdaCode ReadCode(XElement element, QdaCode? parent, int depth, ref bool tooDeep)
    {
        var code = new QdaCode(Attribute(element, "guid") ?? "", (Attribute(element, "name") ?? "").Trim(), Child(element, "Description")?.Value.Trim() is { Length: > 0 } d ? d : null, parent,
            !string.Equals(Attribute(element, "isCodable"), "false", StringComparison.OrdinalIgnoreCase));
        foreach (var child in element.Elements().Where(e => e.Name.LocalName == "Code"))
        {
            if (depth >= Limits.NestingDepth)
            {
                tooDeep = true;
                break;
            }

            code.Children.Add(ReadCode(child, code, depth + 1, ref tooDeep));
        }

        return code;
    }

    // A text selection's characters, by its start and end positions in the source's plain text.
    private static string? SelectedText(XElement selection, string? text)
    {
        if (text is null || selection.Name.LocalName != "PlainTextSelection")
            return null;
        if (!int.TryParse(Attribute(selection, "startPosition"), out var start) || !int.TryParse(Attribute(selection, "endPosition"), out var end))
            return null;
        start = Math.Max(0, Math.Min(start, text.Length));
        end = Math.Max(start, Math.Min(end, text.Length));
        var selected = text.Substring(start, end - start).Trim();
        return selected.Length > 0 ? selected : null;
    }

    // Where a selection of a PDF or a recording is: its page, or its time span.
    private static string? Locator(XElement selection) => selection.Name.LocalName switch
    {
        "PDFSelection" when Attribute(selection, "page") is { } page => "p. " + page,
        "AudioSelection" or "VideoSelection" when Attribute(selection, "begin") is { } begin => "at " + begin + " ms",
        _ => null,
    };

    private static XElement? Child(XElement element, string name) => element.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    private static string? Attribute(XElement element, string name) => element.Attributes().FirstOrDefault(a => a.Name.LocalName == name)?.Value;
}
