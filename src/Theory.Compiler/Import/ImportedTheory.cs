using System.Globalization;
using System.Text;
using Theory.Bibliography;
using Theory.Syntax;

namespace Theory.Import;

/// <summary>What the rows add up to, and how it is written out as a theory and a stub bibliography.</summary>
internal sealed class ImportedTheory(CsvImportOptions options)
{
    // Longer wordings get a short name of their first significant words; the wording stays as the label.
    private const int ShortNameWords = 4;
    private const int LongNameCharacters = 40;

    private static readonly HashSet<string> StopWords =
    [
        "a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "with", "by", "at", "from", "as", "into",
        "their", "its", "his", "her", "that", "which", "who", "is", "are", "be", "being", "between", "within",
        "across", "among", "about", "than", "this", "these", "those",
    ];

    private static readonly HashSet<string> GroupKeywords = ["theme", "mrt", "cluster", "criterion"];

    private readonly List<(string Name, string Text)> _constructs = [];
    // Each construct's wording, by name: what a colliding wording is told it collided with.
    private readonly Dictionary<string, string> _wordings = new(StringComparer.Ordinal);
    private readonly NumberedNames _numbered = new();
    private readonly NumberedNames _numberedIds = new();
    // What a workbook's Constructs and Groups sheets say: by name, and by label → name.
    private readonly Dictionary<string, ConstructDefinition> _definitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _definedByLabel = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Name, string Kind, string Description)> _groupsByLabel = new(StringComparer.Ordinal);
    // The wording's full name (its identity: the same wording is one construct) → the name written.
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    // The name written → the full name that owns it, to see a collision of two shortened wordings.
    private readonly Dictionary<string, string> _owners = new(StringComparer.Ordinal);
    private readonly List<string> _stages = [];
    // Construct name → the label of the group it is declared in; constructs not here are declared at the top.
    private readonly Dictionary<string, string> _constructGroups = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _descriptions = new(StringComparer.Ordinal);
    // Typologies a workbook's Typologies sheet declares, in order: label, description, types (name, label, attributes).
    private readonly List<(string Name, string Label, string Description, List<(string Name, string Label, IReadOnlyList<string> Attributes)> Types)> _typologies = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly List<(string? Group, ImportedCmoc Cmoc)> _cmocs = [];
    private readonly List<(string Key, SourceReference? Reference, string? Text)> _citations = [];
    private readonly HashSet<string> _citedKeys = new(StringComparer.Ordinal);

    /// <summary>What the theory was imported from, for its first comment.</summary>
    public string Origin { get; init; } = "a CMOC table";

    public int CmocCount => _cmocs.Count(c => !c.Cmoc.IsLink);

    public int LinkRowCount => _cmocs.Count(c => c.Cmoc.IsLink);

    /// <summary>A construct the workbook's Constructs sheet declares: a term written as its label or name is it.</summary>
    public void DefineConstruct(string name, string label, string kind, IReadOnlyList<string> aliases, string description)
    {
        if (_definitions.ContainsKey(name) || _owners.ContainsKey(name))
            return;
        // Declared whether or not a CMOC uses it: a construct only links or loops name is still the theory's.
        _definitions[name] = new ConstructDefinition(label, kind, aliases, description);
        if (label.Length > 0)
            _definedByLabel[label] = name;
        _names[ImportNames.FromText(name) ?? name] = name;
        _owners[name] = ImportNames.FromText(name) ?? name;
        _constructs.Add((name, label.Length > 0 ? label : name));
        _wordings[name] = label.Length > 0 ? label : name;
    }

    /// <summary>A group the workbook's Groups sheet declares: a group cell written as its label or name is it.</summary>
    public void DefineGroup(string name, string label, string kind, string description)
    {
        var entry = (name, GroupKeywords.Contains(kind) ? kind : "theme", description);
        _groupsByLabel[label.Length > 0 ? label : name] = entry;
        _groupsByLabel[name] = entry;
    }

    /// <summary>
    /// The construct named by a wording, declared the first time it is seen. A long wording gets a
    /// short name (`organisational_cultures_protectionism_outright`); when two wordings would get the same
    /// name, the second gets a number and <paramref name="collision"/> says which wording had it first.
    /// </summary>
    public string? Construct(string text, out string? collision)
    {
        collision = null;
        if (_definedByLabel.TryGetValue(text, out var byLabel))
            return byLabel;
        if (_definitions.ContainsKey(text))
            return text;
        var full = ImportNames.FromText(text);
        if (full is null)
            return null;
        if (_names.TryGetValue(full, out var known))
            return known;

        var name = Shorten(full);
        if (_owners.TryGetValue(name, out var owner))
        {
            collision = _wordings[_names[owner]];
            name = _numbered.Claim(name, n => !_owners.ContainsKey(n));
        }

        _names[full] = name;
        _owners[name] = full;
        _constructs.Add((name, text));
        _wordings[name] = text;
        return name;
    }

    private static string Shorten(string full)
    {
        var words = full.Split('_');
        if (full.Length <= LongNameCharacters && words.Length <= ShortNameWords + 1)
            return full;
        var significant = words.Where(w => !StopWords.Contains(w)).Take(ShortNameWords).ToList();
        return significant.Count == 0 ? full : string.Join("_", significant);
    }

    public string? Stage(string text)
    {
        var name = ImportNames.FromText(text);
        if (name is null || name == "atemporal")
            return name;
        if (!_stages.Contains(name))
            _stages.Add(name);
        return name;
    }

    /// <summary>
    /// A table does not say how its stages are ordered; the usual words are put in their usual
    /// order (early &lt; middle &lt; late), any others after them in the order they first appear.
    /// </summary>
    private IEnumerable<string> OrderedStages()
    {
        string[] usual = ["initial", "early", "middle", "late", "final"];
        return _stages.Select((name, index) => (name, index))
            .OrderBy(s => Array.IndexOf(usual, s.name) is var rank and >= 0 ? rank : usual.Length + s.index)
            .Select(s => s.name);
    }

    public string UniqueId(string id, out bool renamed)
    {
        var unique = _numberedIds.Claim(id, _ids.Add);
        renamed = unique != id;
        return unique;
    }

    /// <summary>Records a cited key; <paramref name="text"/> is the cell's wording when the key was made from it.</summary>
    public void Cite(SourceReference reference, string? text)
    {
        if (_citedKeys.Add(reference.Key))
            _citations.Add((reference.Key, reference, text));
    }

    public void Add(string? group, ImportedCmoc cmoc) => _cmocs.Add((group, cmoc));

    public void DefineTypology(string name, string label, string description)
    {
        if (!_typologies.Any(t => t.Name == name))
            _typologies.Add((name, label, description, []));
    }

    public void DefineType(string typology, string name, string label, IReadOnlyList<string> attributes)
    {
        var types = _typologies.First(t => t.Name == typology).Types;
        if (!types.Any(t => t.Name == name))
            types.Add((name, label, attributes));
    }

    /// <summary>Whether `Typology.type` names a type the imported theory declares.</summary>
    public bool IsType(string qualified)
    {
        var dot = qualified.IndexOf('.');
        return dot > 0 && _typologies.Any(t => t.Name == qualified.Substring(0, dot) && t.Types.Any(type => type.Name == qualified.Substring(dot + 1)));
    }

    /// <summary>Gives a construct made from a wording the description its source gave (a QDA code's).</summary>
    public void Describe(string construct, string description)
    {
        if (!_definitions.ContainsKey(construct))
            _descriptions.TryAdd(construct, description);
    }

    /// <summary>Declares <paramref name="construct"/> inside the group labelled <paramref name="group"/> (a QDA code's parent).</summary>
    public void PlaceConstruct(string construct, string group) => _constructGroups.TryAdd(construct, group);

    public string WriteTheory(string theoryName)
    {
        var w = new StringBuilder();
        w.Append("// Imported from ").Append(Emit.TextSanitiser.OneLine(Origin)).Append(" by `theory import`. Check it with `theory check`;\n");
        w.Append("// constructs were made from its wording: give them kinds and descriptions.\n\n");
        w.Append("theory ").Append(theoryName).Append(" {\n");
        if (_citations.Count > 0)
            w.Append("  bibliography ").Append(SyntaxFacts.QuoteString(options.BibliographyFileName)).Append('\n');
        w.Append("}\n\n");
        if (_stages.Count > 0)
            w.Append("stages ").Append(string.Join(" < ", OrderedStages())).Append("\n\n");
        WriteTypologies(w);
        WriteConstructs(w, null, "");

        // Groups that hold constructs (a QDA code hierarchy) first, then those that hold only CMOCs.
        var groups = _constructGroups.Values.Select(g => (string?)g).Concat(_cmocs.Select(c => c.Group)).Distinct().Where(g => g is not null || _cmocs.Any(c => c.Group is null)).ToList();
        var groupNames = new GroupNames();
        var declared = new HashSet<string>(_owners.Keys, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var indent = "";
            w.Append('\n');
            if (group is not null)
            {
                var defined = _groupsByLabel.TryGetValue(group, out var definition);
                var name = groupNames.Claim(defined ? definition.Name : ImportNames.FromText(group) ?? "group", declared, _ids);
                w.Append(defined ? definition.Kind : "theme").Append(' ').Append(name);
                if (group != name)
                    w.Append(' ').Append(SyntaxFacts.QuoteString(group));
                w.Append(" {\n");
                indent = "  ";
                if (defined && definition.Description.Length > 0)
                    w.Append(indent).Append("description ").Append(SyntaxFacts.QuoteString(definition.Description)).Append('\n');
                WriteConstructs(w, group, indent);
            }

            foreach (var (_, cmoc) in _cmocs.Where(c => c.Group == group))
            {
                if (cmoc.IsLink)
                    WriteLinks(w, cmoc, indent);
                else
                    WriteCmoc(w, cmoc, indent);
            }

            if (group is not null)
                w.Append("}\n");
        }

        return w.ToString();
    }

    private void WriteTypologies(StringBuilder w)
    {
        foreach (var (name, label, description, types) in _typologies)
        {
            w.Append("typology ").Append(name);
            if (label.Length > 0)
                w.Append(' ').Append(SyntaxFacts.QuoteString(label));
            w.Append(" {\n");
            if (description.Length > 0)
                w.Append("  description ").Append(SyntaxFacts.QuoteString(description)).Append('\n');
            foreach (var (type, typeLabel, attributes) in types)
            {
                w.Append("  ").Append(type);
                if (typeLabel.Length > 0)
                    w.Append(' ').Append(SyntaxFacts.QuoteString(typeLabel));
                var written = attributes.Select(Attribute).OfType<string>().ToList();
                if (written.Count > 0)
                    w.Append(" { ").Append(string.Join(", ", written)).Append(" }");
                w.Append('\n');
            }

            w.Append("}\n\n");
        }
    }

    // `integration low` as written; a value that is not a name, a number or a level is a string.
    private static string? Attribute(string text)
    {
        var space = text.IndexOf(' ');
        if (space <= 0 || !ImportNames.IsName(text.Substring(0, space)))
            return null;
        var value = text.Substring(space + 1).Trim();
        var plain = ImportNames.IsName(value) && !ImportNames.IsKeyword(value) || value.Split('.').All(ImportNames.IsName) && value.Contains('.')
            || System.Text.RegularExpressions.Regex.IsMatch(value, @"^[0-9]+(\.[0-9]+)?$", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1))
            || TermReader.Levels.Contains(value);
        return text.Substring(0, space) + " " + (plain ? value : SyntaxFacts.QuoteString(value));
    }

    /// <summary>The constructs placed in <paramref name="group"/> (null: those in none).</summary>
    private void WriteConstructs(StringBuilder w, string? group, string indent)
    {
        foreach (var (name, text) in _constructs)
        {
            if (_constructGroups.TryGetValue(name, out var placed) ? placed != group : group is not null)
                continue;
            w.Append(indent).Append("construct ").Append(name);
            if (text != name)
                w.Append(' ').Append(SyntaxFacts.QuoteString(text));
            if (_definitions.TryGetValue(name, out var definition) && definition.HasBody)
                definition.WriteBody(w, indent);
            else if (_descriptions.TryGetValue(name, out var description))
                new ConstructDefinition(text, "", [], description).WriteBody(w, indent);
            w.Append('\n');
        }
    }

    private static void WriteCmoc(StringBuilder w, ImportedCmoc cmoc, string indent)
    {
        w.Append(indent).Append("cmoc ").Append(cmoc.Id);
        if (cmoc.Title is not null)
            w.Append(' ').Append(SyntaxFacts.QuoteString(cmoc.Title));
        w.Append(" {\n");
        var clause = Clauses(w, indent);
        clause("context", string.Join(", ", cmoc.Contexts));
        foreach (var alternatives in cmoc.ContextClauses)
            clause("context", alternatives);
        clause("mechanism", string.Join(", ", cmoc.Mechanisms));
        clause("resource", cmoc.Resource is null ? null : SyntaxFacts.QuoteString(cmoc.Resource));
        clause("outcome", string.Join(", ", cmoc.Outcomes));
        foreach (var alternatives in cmoc.OutcomeClauses)
            clause("outcome", alternatives);
        WriteCommonClauses(cmoc, clause);
        w.Append(indent).Append("}\n");
    }

    /// <summary>
    /// A row without a mechanism is a causal claim without an explanation: one `link` from each
    /// context to the outcomes (alternatives each become a link of their own), named by the row's ID.
    /// </summary>
    private static void WriteLinks(StringBuilder w, ImportedCmoc cmoc, string indent)
    {
        var sources = cmoc.Contexts.Concat(cmoc.ContextClauses.SelectMany(Alternatives)).ToList();
        var targets = cmoc.Outcomes.Concat(cmoc.OutcomeClauses.SelectMany(Alternatives)).ToList();
        for (var i = 0; i < sources.Count; i++)
        {
            w.Append(indent).Append("link ").Append(i == 0 ? cmoc.Id : cmoc.Id + "_" + (i + 1).ToString(CultureInfo.InvariantCulture));
            if (cmoc.Title is not null)
                w.Append(' ').Append(SyntaxFacts.QuoteString(cmoc.Title));
            w.Append(": ").Append(sources[i]).Append(" -> ").Append(string.Join(", ", targets)).Append('\n');
            WriteCommonClauses(cmoc, Clauses(w, indent));
        }
    }

    // `any of a, b` → a, b; a pairing's mechanisms (there are none on a link row) are dropped with it.
    private static IEnumerable<string> Alternatives(string clause)
    {
        var head = clause.Split(["=>"], StringSplitOptions.None)[0].Trim();
        if (head.StartsWith("any of ", StringComparison.Ordinal))
            head = head.Substring("any of ".Length);
        return head.Split(',').Select(a => a.Trim()).Where(a => a.Length > 0);
    }

    private static void WriteCommonClauses(ImportedCmoc cmoc, Action<string, string?> clause)
    {
        foreach (var condition in cmoc.Conditions)
        {
            var space = condition.IndexOf(' ');
            clause(condition.Substring(0, space), condition.Substring(space + 1));
        }

        clause("for", string.Join(", ", cmoc.Scope));

        clause("stage", cmoc.Stage);
        clause("evidence", string.Join(", ", cmoc.Evidence));
        clause("status", cmoc.Status);
        clause("provenance", cmoc.Provenance);
        clause("confidence", cmoc.Confidence);
        clause("description", cmoc.Description is null ? null : SyntaxFacts.QuoteString(cmoc.Description));
    }

    private static Action<string, string?> Clauses(StringBuilder w, string indent) => (keyword, value) =>
    {
        if (!string.IsNullOrEmpty(value))
            w.Append(indent).Append("  ").Append(keyword.PadRight(11)).Append(' ').Append(value).Append('\n');
    };

    public string? WriteBibliography()
    {
        var stubs = _citations.Where(c => !options.KnownCitationKeys.Contains(c.Key)).ToList();
        if (stubs.Count == 0)
            return null;
        var w = new StringBuilder("% Stub entries made by `theory import` for the sources the table cites. Complete them.\n");
        foreach (var (key, reference, text) in stubs)
        {
            w.Append("@misc{").Append(key).Append(",\n");
            if (reference?.Authors is { } authors)
                w.Append("  author = {").Append(BibTexText.Escape(authors)).Append("},\n");
            if (reference?.Year is { } year)
                w.Append("  year   = {").Append(BibTexText.Escape(year)).Append("},\n");
            w.Append("  title  = {Imported from the CMOC table: complete this entry},\n");
            if (text is not null)
                w.Append("  note   = {").Append(BibTexText.Escape(text)).Append("},\n");
            w.Append("}\n");
        }

        return w.ToString();
    }

    /// <summary>What a workbook's Constructs sheet says of one construct, written as the declaration's body.</summary>
    private sealed record ConstructDefinition(string Label, string Kind, IReadOnlyList<string> Aliases, string Description)
    {
        public bool HasBody => Kind.Length > 0 || Aliases.Count > 0 || Description.Length > 0;

        public void WriteBody(StringBuilder w, string indent)
        {
            w.Append(" {\n");
            if (Kind.Length > 0 && ImportNames.IsName(Kind))
                w.Append(indent).Append("  kind        ").Append(Kind).Append('\n');
            if (Aliases.Count > 0)
                w.Append(indent).Append("  aliases     ").Append(string.Join(", ", Aliases.Select(SyntaxFacts.QuoteString))).Append('\n');
            if (Description.Length > 0)
                w.Append(indent).Append("  description ").Append(SyntaxFacts.QuoteString(Description)).Append('\n');
            w.Append(indent).Append('}');
        }
    }

    /// <summary>Group names that clash with nothing else declared.</summary>
    private sealed class GroupNames
    {
        private readonly HashSet<string> _taken = new(StringComparer.Ordinal);
        private readonly NumberedNames _numbered = new();

        public string Claim(string name, HashSet<string> constructs, HashSet<string> ids)
        {
            return _numbered.Claim(name, n => !constructs.Contains(n) && !ids.Contains(n) && _taken.Add(n));
        }
    }
}
