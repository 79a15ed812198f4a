using System.Text;
using Theory.Emit.Csv;
using Theory.Semantics;
using Theory.Symbols;

namespace Theory.Emit.Markdown;

/// <summary>
/// The CMOC table a realist paper's appendix holds (RAMESES II asks for the CMOCs with their
/// evidence), as Pandoc Markdown: one table per group, each CMOC as an if–then–because sentence
/// with construct labels, and its evidence as Pandoc citations (<c>[@key, p. 3]</c>), so that
/// <c>pandoc --citeproc</c> formats the references in any citation style and writes a Word appendix.
/// </summary>
public static class MarkdownAppendixEmitter
{
    /// <summary>
    /// The appendix. <paramref name="bibliographies"/> are the BibTeX files as the Markdown should
    /// name them (relative to where it is written), for Pandoc's <c>bibliography</c> metadata.
    /// </summary>
    public static string Emit(Compilation compilation, IEnumerable<string>? bibliographies = null)
    {
        if (compilation is null)
            throw new ArgumentNullException(nameof(compilation));
        var title = TheoryNames.Title(compilation);
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append("title: ").Append(MarkdownText.YamlString("CMOCs of " + title)).Append('\n');
        var files = (bibliographies ?? []).ToList();
        if (files.Count > 0)
        {
            text.Append("bibliography:\n");
            foreach (var file in files)
                text.Append("- '").Append(TextSanitiser.OneLine(file).Replace("'", "''")).Append("'\n");
            text.Append("reference-section-title: References\n");
        }

        text.Append("---\n\n");
        if (compilation.HasErrors)
            text.Append("**Built from an invalid theory:** the theory has errors, so this table describes an invalid theory.\n\n");
        text.Append("Each row is one context–mechanism–outcome configuration (CMOC): **if** its context holds, ")
            .Append("**then** its outcome follows, **because** of its mechanism. The evidence column cites the sources behind it.\n");

        if (compilation.Cmocs.IsEmpty)
            text.Append("\nThe theory has no CMOCs yet: its claims are links, which have no mechanism to tabulate.\n");
        var groups = compilation.Groups.Select((g, i) => (g, i)).ToDictionary(p => p.g, p => p.i);
        var cmocs = compilation.Cmocs.ToLookup(c => c.Group?.Root);
        foreach (var group in cmocs.Select(c => c.Key).OrderBy(g => g is null ? int.MaxValue : groups[g]))
        {
            text.Append("\n## ").Append(MarkdownText.Escape(group is null ? (groups.Count == 0 ? "CMOCs" : "CMOCs outside any group") : GroupTitles.Of(group))).Append("\n\n");
            text.Append("| CMOC | If … then … because … | Evidence |\n");
            text.Append("|:---------------|:----------------------------------------------|:-----------------------------|\n");
            foreach (var cmoc in cmocs[group])
                text.Append("| ").Append(Name(cmoc)).Append(" | ").Append(Sentence(cmoc)).Append(" | ").Append(Evidence(cmoc)).Append(" |\n");
        }

        return text.ToString();
    }

    private static string Name(CmocSymbol cmoc) =>
        "**" + MarkdownText.Escape(cmoc.Name) + "**" + (string.IsNullOrEmpty(cmoc.Label) ? "" : " " + MarkdownText.Escape(cmoc.Label))
        + (cmoc.Status == ClaimStatus.Refuted ? " *(refuted)*" : "");

    private static string Sentence(CmocSymbol cmoc)
    {
        string Terms(IEnumerable<Term> terms) => string.Join(", ", terms.Select(t => MarkdownText.Escape(CmocTableRows.TermText(t, labels: true))));
        var sentence = "**If** " + Terms(cmoc.Contexts);
        if (!cmoc.Conditions.IsEmpty)
            sentence += " (" + string.Join("; ", cmoc.Conditions.Select(c => MarkdownText.Escape(c.ToString()))) + ")";
        sentence += ", **then** " + Terms(cmoc.Outcomes);
        if (!cmoc.Mechanisms.IsEmpty)
            sentence += " **because** " + Terms(cmoc.Mechanisms);
        else if (cmoc.ResourceText is { } resource)
            sentence += " **because** " + MarkdownText.Escape(resource);
        return sentence + ".";
    }

    private static string Evidence(CmocSymbol cmoc) =>
        string.Join("; ", cmoc.Evidence.Select(item =>
        {
            var quote = item.Quote is { Length: > 0 } q ? " “" + MarkdownText.Escape(q) + "”" : "";
            if (item.EvidenceKind == EvidenceKind.Citation && MarkdownText.CitationKey(item.Key) is { } key)
                return "[" + key + (item.Locator is { Length: > 0 } locator ? ", " + MarkdownText.Escape(locator) : "") + "]" + quote;
            var head = item.EvidenceKind == EvidenceKind.Citation ? item.Key : item.EvidenceKind.ToKeyword() + " " + item.Key;
            return MarkdownText.Escape(head) + (item.Locator is { Length: > 0 } at ? " (" + MarkdownText.Escape(at) + ")" : "") + quote;
        }));
}
