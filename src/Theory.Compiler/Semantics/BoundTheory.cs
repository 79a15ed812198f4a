using System.Collections.Immutable;
using Theory.Analysis;
using Theory.Bibliography;
using Theory.Binding;
using Theory.Diagnostics;
using Theory.Syntax;

namespace Theory.Semantics;

/// <summary>
/// A theory bound and checked: its symbols, its web and what the checks found. These depend only on
/// the files that declare something, the bibliographies and the options, never on a file that holds
/// nothing but imports; so theories that differ only by such files (2,000 loose files that each
/// import one shared file) share one, and the shared file is bound and checked once, not once per
/// importer. Import problems, suppressions and severities stay with each compilation.
/// </summary>
internal sealed class BoundTheory
{
    private readonly CompilationOptions _options;
    private readonly Lazy<ImmutableArray<Diagnostic>> _findings;
    private readonly Lazy<ImmutableArray<Diagnostic>> _errorFindings;

    public BoundTheory(IEnumerable<SyntaxTree> trees, IReadOnlyList<BibliographyFile> bibliographies, CompilationOptions options)
    {
        Binding = Binder.Bind([.. trees.Where(Declares)], bibliographies);
        _options = options;
        _findings = new Lazy<ImmutableArray<Diagnostic>>(AllFindings);
        _errorFindings = new Lazy<ImmutableArray<Diagnostic>>(() => CheckRunner.Run(Binding, _options, CheckRunner.Split(_options).CanRaiseErrors));
    }

    public BindingResult Binding { get; }

    /// <summary>What the checks found, sorted, before suppressions and severities; computed on first use.</summary>
    public ImmutableArray<Diagnostic> Findings => _findings.Value;

    /// <summary>
    /// What the checks that can report an error under these options found: every error in
    /// <see cref="Findings"/> is among them, and the advisory checks are skipped.
    /// </summary>
    public ImmutableArray<Diagnostic> ErrorFindings => _findings.IsValueCreated ? _findings.Value : _errorFindings.Value;

    /// <summary>False for a file whose declarations are all imports: it adds nothing to bind or check.</summary>
    public static bool Declares(SyntaxTree tree) => tree.DeclaresMoreThanImports;

    // After the errors alone, the full run only adds the checks skipped then: the order is total
    // (DiagnosticOrder), so the findings are the same as from one run of every check.
    private ImmutableArray<Diagnostic> AllFindings()
    {
        var skipped = CheckRunner.Split(_options).Skipped;
        if (!_errorFindings.IsValueCreated || skipped.Length == 0)
            return CheckRunner.Run(Binding, _options, CheckRunner.All);
        return [.. _errorFindings.Value.Concat(CheckRunner.Run(Binding, _options, skipped)).Order(DiagnosticOrder.Instance)];
    }
}
