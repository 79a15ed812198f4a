namespace Theory;

/// <summary>
/// Every bound on the work one input can cause, in one place. A theory repository is untrusted
/// input in CI, so wherever the work could otherwise grow without bound (or faster than the
/// input), it stops at one of these and says so (TH3009, or the diagnostic named beside it)
/// rather than take the machine. docs/security.md lists each one; a test keeps the two in step.
/// </summary>
internal static class Limits
{
    /// <summary>The largest file read (256 MiB): ten times the 100k-CMOC benchmark corpus. TH3006.</summary>
    public const long SourceFileBytes = 256L * 1024 * 1024;

    /// <summary>The most a workbook or QDA project (`theory import xlsx`, `theory import qdpx`) may hold once unzipped: a zip of a few kilobytes can unpack to gigabytes.</summary>
    public const long ArchiveBytes = 256L * 1024 * 1024;

    /// <summary>The cells `theory import xlsx` reads from one workbook, blank ones included: far more than any CMOC table.</summary>
    public const int WorkbookCells = 5_000_000;

    /// <summary>How deeply braces may nest in a theory file (the parser recurses on them). TH1009.</summary>
    public const int NestingDepth = 64;

    /// <summary>The longest text one BibTeX value may expand to through `@string`s, in characters.</summary>
    public const int BibTexValueLength = 100_000;

    /// <summary>Characters all `@string` expansions of one `.bib` file may add: this, plus 16 per character of the file.</summary>
    public const int BibTexExpansionAllowance = 1_000_000;

    /// <summary>Steps one path query (`theory query paths`, <c>CausalWeb.FindPaths</c>) may take.</summary>
    public const int QueryPathSteps = 1_000_000;

    /// <summary>The longest path, in edges, the opposing-path check (TH2303) follows.</summary>
    public const int OpposingPathDepth = 6;

    /// <summary>Pairs of constructs with opposing paths TH2303 lists in one theory; TH3009 counts the rest.</summary>
    public const int OpposingPathReports = 10_000;

    /// <summary>The (construct, sign) states the opposing-path check visits from one start.</summary>
    public const int OpposingPathStatesPerStart = 512;

    /// <summary>
    /// Circumstances (conditions, scopes, stages) in which the opposing-path check follows one
    /// construct from one start, beyond the base web: every mix of conditions met on the way is
    /// otherwise a state of its own.
    /// </summary>
    public const int OpposingPathCircumstancesPerConstruct = 8;

    /// <summary>
    /// Steps the opposing-path check may spend from one start looking for two routes that share
    /// nothing but their ends, when the first two routes it found to a construct do share some.
    /// </summary>
    public const int OpposingPathStepsPerStart = 4_096;

    /// <summary>Undeclared cycles TH2201 lists for one tangle (strongly connected part of the web); TH3009 counts the rest.</summary>
    public const int UndeclaredCyclesPerTangle = 10;

    /// <summary>
    /// Steps the cycle check may spend on one tangle listing elementary cycles beyond the shortest
    /// one through each undeclared edge: a dense tangle holds exponentially many.
    /// </summary>
    public const int CycleSearchStepsPerTangle = 100_000;

    /// <summary>Pairs of CMOCs that share a mechanism the check for CMOCs contained in others (TH2304) compares.</summary>
    public const int NearDuplicateComparisons = 1_000_000;

    /// <summary>
    /// Terms of one role (contexts, mechanisms, outcomes) of one CMOC that enter the causal web. A
    /// CMOC asserts an edge from each context to each mechanism, each naming the other contexts.
    /// </summary>
    public const int TermsPerRole = 32;

    /// <summary>
    /// Characters of theory text the theories of one load may bind again, beyond each file's first
    /// binding: loose files that import one shared file and declare something of their own are
    /// separate theories, each bound and checked whole with the shared file. TH3011.
    /// </summary>
    public const long ReboundTheoryCharacters = 8L * 1024 * 1024;

    /// <summary>
    /// Characters of one label or tooltip in a diagram (Graphviz refuses a quoted string over
    /// 16,384 bytes); longer text is cut with an ellipsis in the diagram and kept whole elsewhere.
    /// </summary>
    public const int DiagramTextLength = 4_000;
}
