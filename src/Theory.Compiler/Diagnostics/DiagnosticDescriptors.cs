namespace Theory.Diagnostics;

/// <summary>
/// The one table of diagnostics. IDs are stable: never renumber or reuse one. Families:
/// TH1xxx syntax, TH20xx names, TH21xx structure, TH22xx cycles, TH23xx contradictions,
/// TH24xx chains, TH25xx evidence, TH3xxx project settings and suppressions, TH4xxx importing
/// spreadsheets. Each ID has a page in docs/diagnostics/ (a test checks that it exists).
/// </summary>
public static class DiagnosticDescriptors
{
    private const string Syntax = "Syntax";

    public static readonly DiagnosticDescriptor UnexpectedToken = new(
        "TH1001", "Unexpected token",
        "expected {0}, found {1}",
        DiagnosticSeverity.Error, Syntax,
        "Check the statement against the language reference: each declaration and clause starts with its keyword.")
    { NotConfigurable = true };

    public static readonly DiagnosticDescriptor MissingToken = new(
        "TH1002", "Missing token",
        "expected {0}{1}",
        DiagnosticSeverity.Error, Syntax,
        "Insert the missing token; the parser assumed it was there and carried on.")
    { NotConfigurable = true };

    public static readonly DiagnosticDescriptor UnterminatedString = new(
        "TH1003", "Unterminated string",
        "the string has no closing quote before the end of the line",
        DiagnosticSeverity.Error, Syntax,
        "Close the string with `\"` on the same line; write `\\\"` for a quote inside the text.")
    { NotConfigurable = true };

    public static readonly DiagnosticDescriptor UnterminatedComment = new(
        "TH1004", "Unterminated block comment",
        "the block comment is never closed",
        DiagnosticSeverity.Error, Syntax,
        "Close the comment with `*/`, or use `//` comments, which end at the end of the line.")
    { NotConfigurable = true };

    public static readonly DiagnosticDescriptor InvalidCharacters = new(
        "TH1005", "Invalid character",
        "invalid character{0} {1}",
        DiagnosticSeverity.Error, Syntax,
        "Remove the character; free text belongs inside quotes, and names use letters, digits and `_`.")
    { NotConfigurable = true };

    public static readonly DiagnosticDescriptor UnclosedBrace = new(
        "TH1006", "Unclosed brace",
        "the `{{` of {0} is never closed: expected `}}` before the end of the file",
        DiagnosticSeverity.Error, Syntax,
        "Add the missing `}` where the block should end.")
    { NotConfigurable = true };

    public static readonly DiagnosticDescriptor UnexpectedEndOfFile = new(
        "TH1007", "Unexpected end of file",
        "the file ends in the middle of {0}: expected {1}",
        DiagnosticSeverity.Error, Syntax,
        "The file looks truncated: complete the declaration or remove it.")
    { NotConfigurable = true };

    public static readonly DiagnosticDescriptor InvalidEscapeSequence = new(
        "TH1008", "Invalid escape sequence",
        "`{0}` is not a valid escape sequence; use \\\", \\\\, \\n, \\t or \\uXXXX",
        DiagnosticSeverity.Error, Syntax,
        "Write a backslash as `\\\\`; the recognised escapes are \\\", \\\\, \\n, \\t and \\u followed by four hex digits.")
    { NotConfigurable = true };

    public static readonly DiagnosticDescriptor TooDeeplyNested = new(
        "TH1009", "Too deeply nested",
        "groups are nested more than {0} levels deep",
        DiagnosticSeverity.Error, Syntax,
        "Flatten the nesting: a theory rarely needs more than a few levels of groups.")
    { NotConfigurable = true };

    // ---- names -------------------------------------------------------------------------------
    private const string Names = "Names";

    public static readonly DiagnosticDescriptor UndefinedConstruct = new(
        "TH2001", "Undefined construct",
        "{0} `{1}` is not declared{2}",
        DiagnosticSeverity.Error, Names,
        "Declare it with `construct NAME`, or correct the spelling. A construct's aliases and label may be used in its place.");

    public static readonly DiagnosticDescriptor UndefinedCmoc = new(
        "TH2002", "Undefined CMOC",
        "CMOC `{0}` is not declared{1}",
        DiagnosticSeverity.Error, Names,
        "Chains list CMOC IDs in order: check the ID against the `cmoc` declarations.");

    public static readonly DiagnosticDescriptor UndefinedStage = new(
        "TH2003", "Undefined stage",
        "stage `{0}` is not declared; the stages are {1}",
        DiagnosticSeverity.Error, Names,
        "Declare the order of stages with `stages early < middle < late`; `atemporal` always exists.");

    public static readonly DiagnosticDescriptor UndefinedType = new(
        "TH2004", "Undefined type",
        "`{0}` is not a type of any typology{1}",
        DiagnosticSeverity.Error, Names,
        "Scope a claim with `for Typology.type`, naming a type declared in a `typology` block.");

    public static readonly DiagnosticDescriptor InvalidValue = new(
        "TH2005", "Invalid value",
        "{0} `{1}` is not valid: expected {2}",
        DiagnosticSeverity.Error, Names,
        "Use one of the values the message lists; the language reference describes each.");

    public static readonly DiagnosticDescriptor DuplicateDeclaration = new(
        "TH2006", "Duplicate declaration",
        "{0} `{1}` is declared more than once",
        DiagnosticSeverity.Error, Names,
        "Rename one of them, or merge the two declarations into one.");

    public static readonly DiagnosticDescriptor AliasClaimedTwice = new(
        "TH2007", "Alias claimed by two constructs",
        "the alias \"{0}\" is claimed by both `{1}` and `{2}`",
        DiagnosticSeverity.Error, Names,
        "An alias must name one construct. If the two constructs are the same thing, merge them; otherwise drop the alias from one.");

    public static readonly DiagnosticDescriptor AliasIsConstructName = new(
        "TH2008", "Alias equals another construct's name",
        "the alias \"{0}\" of `{1}` is the name of another construct, `{2}`",
        DiagnosticSeverity.Error, Names,
        "Merge the two constructs if they are synonyms, or remove the alias.");

    public static readonly DiagnosticDescriptor UnusedConstruct = new(
        "TH2009", "Unused construct",
        "construct `{0}` is declared but no claim, loop or measure uses it",
        DiagnosticSeverity.Warning, Names,
        "Use it in a CMOC or link, or remove it. Constructs that only carry a definition belong in notes.");

    public static readonly DiagnosticDescriptor UnresolvedImport = new(
        "TH2010", "Unresolved import",
        "cannot import \"{0}\": {1}",
        DiagnosticSeverity.Error, Names,
        "Imports are paths relative to the importing file; check the path and that the file exists.");

    public static readonly DiagnosticDescriptor CircularImport = new(
        "TH2011", "Circular import",
        "circular import: {0}",
        DiagnosticSeverity.Error, Names,
        "Break the circle: move what both files need into a third file that each imports.");

    public static readonly DiagnosticDescriptor ImportOutsideRoot = new(
        "TH2012", "Import outside the project root",
        "cannot import \"{0}\": it resolves outside the project root `{1}`",
        DiagnosticSeverity.Error, Names,
        "Keep every file of a theory inside its project folder (the folder with theory.json, or the folder being checked).")
    { NotConfigurable = true };

    public static readonly DiagnosticDescriptor MisplacedQualifier = new(
        "TH2013", "Level or direction in the wrong place",
        "`{0}` is a {1}, but {2} take a {3}",
        DiagnosticSeverity.Warning, Names,
        "Contexts take a level (high, low, present, absent, appropriate, threshold); mechanisms and outcomes take a direction (increased, decreased, changed, maintained).");

    public static readonly DiagnosticDescriptor ConfusableNames = new(
        "TH2014", "Names that look alike",
        "{0} `{1}` looks like {2} `{3}`, but they are different names: they differ in {4}",
        DiagnosticSeverity.Warning, Names,
        "Write both the same way (usually a letter from another script or a full-width or ligature form was pasted in), or rename one so that the two cannot be taken for each other.");

    public static readonly DiagnosticDescriptor MixedScriptName = new(
        "TH2015", "Name that mixes look-alike scripts",
        "{0} `{1}` mixes {2} letters with {3} ones ({4}), which look alike, so it is easily taken for another name",
        DiagnosticSeverity.Warning, Names,
        "Write the name in one script: a letter from another alphabet was probably pasted in (`у` is Cyrillic, `u` is Latin).");

    public static readonly DiagnosticDescriptor RefinedTheoryNotFound = new(
        "TH2016", "Refined theory not found",
        "theory `{0}` refines `{1}`, but no theory here is called `{1}`{2}",
        DiagnosticSeverity.Warning, Names,
        "Check the name after `refines` against the `theory` declaration of the earlier phase, and check both theories together (`theory check` on the folder that holds both).");

    public static readonly DiagnosticDescriptor ConstructRedefined = new(
        "TH2017", "Construct redefined by a refinement",
        "construct `{0}` is declared again here, refining construct `{0}` of theory `{1}`",
        DiagnosticSeverity.Info, Names,
        "Nothing to fix: this lists what the refinement changes. If the construct means the same as before, import the earlier declaration instead of repeating it.");

    public static readonly DiagnosticDescriptor EvidenceWithoutSource = new(
        "TH2018", "Evidence that names no source",
        "`{0}` names no source: {1}",
        DiagnosticSeverity.Error, Names,
        "A locator or quote alone (`evidence at \"p. 12\"`) is a place in the one source a `default evidence` declaration names for the file or group. Declare the default, or write the source with the locator (`@key at \"p. 12\"`).");

    public static readonly DiagnosticDescriptor MisplacedFactorRole = new(
        "TH2019", "Factor role in the wrong place",
        "`{0}` says what part a factor plays in bringing its outcome about, but {1} are not factors",
        DiagnosticSeverity.Warning, Names,
        "Write `necessary` or `contributory` before a context (or a link's source); a mechanism, outcome, condition or moderator takes neither.");

    // ---- structure ---------------------------------------------------------------------------
    private const string Structure = "Structure";

    public static readonly DiagnosticDescriptor MissingMechanism = new(
        "TH2101", "CMOC without a mechanism",
        "CMOC `{0}` has no mechanism: it says what happens but not why (a black box){1}",
        DiagnosticSeverity.Warning, Structure,
        "Add the `mechanism`: the change in people's reasoning or resources that produces the outcome. If it is not known yet, state the claim as a `link`.");

    public static readonly DiagnosticDescriptor MissingContext = new(
        "TH2102", "CMOC without a context",
        "CMOC `{0}` has no context: for whom and in what circumstances does it hold?",
        DiagnosticSeverity.Warning, Structure,
        "Add a `context` clause naming the circumstances that trigger the mechanism.");

    public static readonly DiagnosticDescriptor MissingOutcome = new(
        "TH2103", "CMOC without an outcome",
        "CMOC `{0}` has no outcome, so it asserts nothing",
        DiagnosticSeverity.Error, Structure,
        "Add an `outcome` clause: what the mechanism produces.");

    public static readonly DiagnosticDescriptor MechanismIsIntervention = new(
        "TH2104", "Mechanism names an intervention",
        "the mechanism `{0}` of CMOC `{1}` {2}, not a change in reasoning or resources",
        DiagnosticSeverity.Warning, Structure,
        "A programme strategy is part of the context (or a resource); the mechanism is how people respond to it. Move the strategy to `context` or `resource` and name the response.");

    public static readonly DiagnosticDescriptor OutcomeIsContext = new(
        "TH2105", "Outcome identical to a context",
        "`{0}` is both a context and an outcome of CMOC `{1}`",
        DiagnosticSeverity.Warning, Structure,
        "A CMOC that produces its own context is circular; if the point is a feedback loop, split it into two CMOCs and declare the `feedback`.");

    public static readonly DiagnosticDescriptor LinkWithoutMechanism = new(
        "TH2106", "Link without a mechanism",
        "link {0} has no mechanism yet: an open question for the theory",
        DiagnosticSeverity.Info, Structure,
        "When the evidence shows why the link holds, rewrite it as a CMOC with a mechanism.");

    public static readonly DiagnosticDescriptor ContradictoryTerms = new(
        "TH2107", "Opposite terms in one claim",
        "{0} names `{1}` twice in its {2}, as `{3}` and as `{4}`, which cannot both hold",
        DiagnosticSeverity.Warning, Structure,
        "Keep the one the evidence supports; if both hold for different people or at different times, split the claim into two with a `for`, `when` or `stage` each.");

    public static readonly DiagnosticDescriptor UnsatisfiableConditions = new(
        "TH2108", "Conditions that cannot hold together",
        "{0} holds only where {1}, which cannot all hold at once, so it asserts nothing",
        DiagnosticSeverity.Warning, Structure,
        "Remove the condition that contradicts the other; if the claim holds in either case, it needs no condition at all.");

    public static readonly DiagnosticDescriptor MostlyUnsignedWeb = new(
        "TH2109", "Most of the web has no sign",
        "{0} of the {1} edges of the causal web have no definite sign, so the checks of signs (contradictions, opposing paths, loop polarity) can say little about them",
        DiagnosticSeverity.Info, Structure,
        "Give contexts a level (`high`, `low`, `present`, `absent`) and mechanisms and outcomes a direction (`increased`, `decreased`) where the evidence says which way they move; `changed` and a missing direction leave the sign unknown.");

    public static readonly DiagnosticDescriptor NecessaryFactorAbsent = new(
        "TH2110", "Outcome claimed without a necessary factor",
        "{0} claims `{1}` where `{2}` is `{3}`, but {4} says `{2}` is necessary for it",
        DiagnosticSeverity.Warning, Structure,
        "If the factor is necessary, the outcome cannot come about without it: drop `necessary`, mark it `contributory`, or revisit the claim that the outcome occurs in its absence.");

    // ---- cycles ------------------------------------------------------------------------------
    private const string Cycles = "Cycles";

    public static readonly DiagnosticDescriptor UndeclaredCycle = new(
        "TH2201", "Undeclared cycle",
        "the causal web has {1} that no feedback loop declares: {0}; to declare it, add `{2}`",
        DiagnosticSeverity.Error, Cycles,
        "If the constructs really feed each other, declare it with `feedback NAME: a -> b -> a`; otherwise one of the claims has its direction wrong.");

    public static readonly DiagnosticDescriptor LoopNotInWeb = new(
        "TH2202", "Declared loop not in the web",
        "feedback loop `{0}` declares {1}, but no claim asserts {2}",
        DiagnosticSeverity.Warning, Cycles,
        "Add the CMOC or link that closes the loop, or remove the loop if the theory no longer holds it.");

    public static readonly DiagnosticDescriptor LoopPolarityMismatch = new(
        "TH2203", "Loop polarity contradicts its edges",
        "feedback loop `{0}` is declared {1}, but the signs of its edges make it {2}: {3}",
        DiagnosticSeverity.Warning, Cycles,
        "A loop with an even number of negative edges is reinforcing, an odd number balancing. Correct the `polarity` or the claims.");

    // ---- contradictions ----------------------------------------------------------------------
    private const string Contradictions = "Contradictions";

    public static readonly DiagnosticDescriptor ContradictoryClaims = new(
        "TH2301", "Contradictory claims",
        "{0} makes `{1} -> {2}` {3} but {4} makes it {5}, and no condition, scope, stage or context tells them apart",
        DiagnosticSeverity.Error, Contradictions,
        "Say when each holds: a `when`/`unless` condition, a `for` scope, a `stage`, or a further context. If one claim is wrong, refute or remove it.");

    public static readonly DiagnosticDescriptor DuplicateCmoc = new(
        "TH2302", "Duplicate CMOC",
        "CMOC `{0}` has the same contexts, mechanism and outcomes as CMOC `{1}`",
        DiagnosticSeverity.Warning, Contradictions,
        "Merge the two into one CMOC and pool their evidence.");

    public static readonly DiagnosticDescriptor OpposingPaths = new(
        "TH2303", "Opposing paths",
        "`{0}` affects `{1}` through paths of opposite sign{4}, so the net effect is ambiguous: {2} (+) and {3} (-)",
        DiagnosticSeverity.Info, Contradictions,
        "Say for whom or when each path dominates (conditions, scope), or record it in a note: this is often a finding, not a mistake.");

    public static readonly DiagnosticDescriptor ContainedCmoc = new(
        "TH2304", "CMOC contained in another",
        "CMOC `{0}` says part of what CMOC `{1}` says: the same mechanism in the same circumstances, and its contexts and outcomes are among `{1}`'s",
        DiagnosticSeverity.Info, Contradictions,
        "Merge the two into the larger CMOC and pool their evidence, unless the smaller one is deliberately a separate finding (then say why in a `note`).");

    public static readonly DiagnosticDescriptor MirroredClaim = new(
        "TH2305", "Same claim stated from the other end",
        "{0} states {1} from the other end: every term has the opposite level or direction, so both assert the same signed edges",
        DiagnosticSeverity.Info, Contradictions,
        "Merge the two into one claim and pool their evidence; one direction implies the other in the causal web.");

    public static readonly DiagnosticDescriptor MaintainedContradicted = new(
        "TH2306", "Maintained and decreased",
        "{0} says `{1}` keeps `{2}` from falling (`maintained`), but {3} says it decreases `{2}`{4}",
        DiagnosticSeverity.Warning, Contradictions,
        "Tell the claims apart with a condition, scope or stage if each holds somewhere; otherwise keep the one the evidence supports.");

    // ---- chains ------------------------------------------------------------------------------
    private const string Chains = "Chains";

    public static readonly DiagnosticDescriptor ChainBreak = new(
        "TH2401", "Broken chain",
        "chain `{0}` breaks between `{1}` and `{2}`: no outcome of `{1}` ({3}) is a context of `{2}` ({4})",
        DiagnosticSeverity.Error, Chains,
        "In a chain the outcome of each CMOC must be a context of the next. Reorder the steps, or add the missing context.");

    public static readonly DiagnosticDescriptor ChainAgainstStages = new(
        "TH2402", "Chain runs backwards in time",
        "chain `{0}` runs backwards through the stages: `{1}` ({2}) leads to `{3}` ({4})",
        DiagnosticSeverity.Warning, Chains,
        "Check the order of the steps and the `stage` of each CMOC against the `stages` declaration.");

    // ---- evidence ----------------------------------------------------------------------------
    private const string Evidence = "Evidence";

    public static readonly DiagnosticDescriptor UnknownCitation = new(
        "TH2501", "Unknown citation",
        "`@{0}` is not in the bibliography{1}",
        DiagnosticSeverity.Error, Evidence,
        "Add the entry to the BibTeX file, or correct the key.");

    public static readonly DiagnosticDescriptor TooFewSources = new(
        "TH2502", "Too few sources",
        "{0} is supported by {1} distinct source{2}; the project asks for at least {3}",
        DiagnosticSeverity.Warning, Evidence,
        "Keep a claim when clear data from several sources support it; add evidence, or lower `minimumSources` in theory.json.");

    public static readonly DiagnosticDescriptor NoEvidence = new(
        "TH2503", "No evidence",
        "{0} cites no evidence",
        DiagnosticSeverity.Warning, Evidence,
        "Add an `evidence` clause with citations (`@key`) or primary data (`interview \"...\"`).");

    public static readonly DiagnosticDescriptor UncitedEntry = new(
        "TH2504", "Uncited bibliography entry",
        "bibliography entry `{0}` is never cited",
        DiagnosticSeverity.Info, Evidence,
        "Cite it as evidence for a claim, or remove it from the bibliography.");

    public static readonly DiagnosticDescriptor NoBibliography = new(
        "TH2505", "No bibliography",
        "citations cannot be checked: the theory declares no bibliography",
        DiagnosticSeverity.Warning, Evidence,
        "Add `bibliography \"references.bib\"` to the theory header or `bibliography` to theory.json.");

    public static readonly DiagnosticDescriptor BibliographyNotFound = new(
        "TH2506", "Bibliography not found",
        "cannot read bibliography \"{0}\": {1}",
        DiagnosticSeverity.Error, Evidence,
        "The path is relative to the file that declares it; check that the file exists inside the project.");

    public static readonly DiagnosticDescriptor BibTexSyntax = new(
        "TH2507", "Bibliography problem",
        "{0}",
        DiagnosticSeverity.Warning, Evidence,
        "Fix the entry in the bibliography (BibTeX, CSL-JSON or RIS); entries that cannot be read are skipped.");

    // ---- project and suppressions ------------------------------------------------------------
    private const string Project = "Project";

    public static readonly DiagnosticDescriptor InvalidProjectFile = new(
        "TH3001", "Invalid project file",
        "theory.json: {0}",
        DiagnosticSeverity.Error, Project,
        "See docs/project.md for the settings theory.json may hold.");

    public static readonly DiagnosticDescriptor UnknownDiagnosticId = new(
        "TH3002", "Unknown diagnostic ID",
        "`{0}` is not a Theory diagnostic ID",
        DiagnosticSeverity.Warning, Project,
        "Run `theory explain` with an ID from docs/diagnostics/ to check it.");

    public static readonly DiagnosticDescriptor SuppressionWithoutReason = new(
        "TH3003", "Suppression without a reason",
        "the suppression of {0} gives no reason, so it is ignored",
        DiagnosticSeverity.Warning, Project,
        "Write the reason after a colon: `// suppress TH2101: mechanism still being coded from interviews`.");

    public static readonly DiagnosticDescriptor UnusedSuppression = new(
        "TH3004", "Unused suppression",
        "nothing in this declaration reports {0}",
        DiagnosticSeverity.Info, Project,
        "Remove the suppression: the problem it silenced has gone.");

    public static readonly DiagnosticDescriptor PathNotFound = new(
        "TH3005", "Path not found",
        "cannot find '{0}': no such file or directory",
        DiagnosticSeverity.Error, Project,
        "Check the path: it is relative to the folder the command runs in (or, in theory.json, to the project folder).")
    { NotConfigurable = true };

    public static readonly DiagnosticDescriptor UnreadableFile = new(
        "TH3006", "File cannot be read",
        "cannot read '{0}': {1}",
        DiagnosticSeverity.Error, Project,
        "Theory files are UTF-8 text inside the project folder; save the file as UTF-8 and check that it is a regular file you can read.")
    { NotConfigurable = true };

    public static readonly DiagnosticDescriptor NoTheoryFiles = new(
        "TH3007", "No theory files",
        "no .theory files found in directory '{0}'",
        DiagnosticSeverity.Error, Project,
        "Name a folder that holds .theory files (searched recursively), or the files themselves.")
    { NotConfigurable = true };

    public static readonly DiagnosticDescriptor SourceOutsideRoot = new(
        "TH3008", "Source outside the project",
        "theory.json: source '{0}' is outside the project root",
        DiagnosticSeverity.Error, Project,
        "List only files and folders inside the folder that holds theory.json.")
    { NotConfigurable = true };

    public static readonly DiagnosticDescriptor LimitReached = new(
        "TH3009", "Limit reached",
        "{0} reached its limit of {1}: {2}",
        DiagnosticSeverity.Warning, Project,
        "The input is far larger than any real theory needs, so the work stopped there rather than take the machine; docs/security.md lists every limit. Split the input, or simplify the part named.")
    { NotConfigurable = true };

    public static readonly DiagnosticDescriptor LegacyEncoding = new(
        "TH3010", "Data file not in Unicode",
        "'{0}' is not UTF-8; it was read as {1}",
        DiagnosticSeverity.Info, Project,
        "A table or bibliography saved by Excel (\"CSV (Comma delimited)\") or an older reference manager is often in a Windows code page. The characters are read as that encoding assumes; save the file as UTF-8 (Excel: \"CSV UTF-8\") to be sure of them.");

    public static readonly DiagnosticDescriptor SharedFilesBoundTooOften = new(
        "TH3011", "Shared files bound too often",
        "these theories share files, and binding the shared ones again for each theory that imports them came to more than {0} characters: `{1}` and the theories after it were not checked",
        DiagnosticSeverity.Error, Project,
        "Loose files that import a shared file and declare something of their own are separate theories, each checked whole with what it imports. Make them one theory with a theory.json beside them, or check fewer files at once.")
    { NotConfigurable = true };

    private const string Import = "Import";

    public static readonly DiagnosticDescriptor ImportMissingColumn = new(
        "TH4001", "Missing column",
        "the table has no {0} column (looked for a header named {1})",
        DiagnosticSeverity.Error, Import,
        "Name the column with one of the expected headers, or map it to the role: `--column ROLE=\"Your header\"` (for example `--column context=\"Circumstances\"`).");

    public static readonly DiagnosticDescriptor ImportRowWithoutMechanism = new(
        "TH4002", "Row without a mechanism",
        "{0}: row {1} (`{2}`) has no mechanism, so it was imported as a `link` (a causal claim not yet explained)",
        DiagnosticSeverity.Warning, Import,
        "Fill in the mechanism (the change in reasoning or resources) and import again to make the row a CMOC; until then it is a `link`, which `theory check` lists as an open question (TH2106).");

    public static readonly DiagnosticDescriptor ImportRowIncomplete = new(
        "TH4003", "Row without a context or outcome",
        "{0}: row {1} (`{2}`) has no {3}, so it was not imported",
        DiagnosticSeverity.Warning, Import,
        "Fill in the missing part and import again, or delete the row if it is not a CMOC.");

    public static readonly DiagnosticDescriptor ImportDuplicateId = new(
        "TH4004", "Duplicate CMOC ID in the table",
        "{0}: row {1} repeats the ID `{2}`; it was imported as `{3}`",
        DiagnosticSeverity.Warning, Import,
        "Give each row its own ID; if the rows say the same thing, merge them.");

    public static readonly DiagnosticDescriptor ImportValueChanged = new(
        "TH4005", "Value imported differently",
        "{0}: {1} `{2}` {3}",
        DiagnosticSeverity.Info, Import,
        "Check the imported theory at this point; edit the table (or the theory) if the result is not what you meant.");

    public static readonly DiagnosticDescriptor ImportGeneratedId = new(
        "TH4006", "Row without an ID",
        "{0}: row {1} has no ID; it was imported as `{2}`",
        DiagnosticSeverity.Info, Import,
        "Give the row an ID in the table so that the CMOC keeps its name when the table is imported again.");

    public static readonly DiagnosticDescriptor ImportColumnNotImported = new(
        "TH4007", "Column not imported",
        "{0}: column `{1}` was not imported: {2}",
        DiagnosticSeverity.Warning, Import,
        "Map the column to a part of the CMOC: `--column ROLE=\"Header\"` (notes, reviewers and other free text can go into the description: `--column description=\"Reviewer\"`), or delete the column if it holds nothing the theory needs.");

    public static readonly DiagnosticDescriptor ImportShortRow = new(
        "TH4008", "Short row",
        "{0}: row {1} has {2} cells where the header has {3}; {4} read as empty",
        DiagnosticSeverity.Warning, Import,
        "A row shorter than the header usually lost its last cells when the table was edited outside a spreadsheet; check the row and fill in what is missing.");

    public static readonly DiagnosticDescriptor ImportRowsAboveHeader = new(
        "TH4009", "Rows above the header",
        "{0}: the header is row {1}; {2} not imported (`{3}`)",
        DiagnosticSeverity.Info, Import,
        "Rows above the header are usually a title or notes; if one is data, move the header to the top.");

    public static readonly DiagnosticDescriptor ImportWithoutSigns = new(
        "TH4010", "Table without signs",
        "no term in the table has a level or a direction (such as `high` or `increased`), so the imported web has no signs",
        DiagnosticSeverity.Warning, Import,
        "Write the level of each context and the direction of each mechanism and outcome in the cells (`high trust`, `increased confidence`), or import with `--default-level high --default-direction increased` if every claim in the table is of that kind; without signs, the checks for contradictions and opposing paths have nothing to compare.");

    /// <summary>Every descriptor, in ID order: for docs, `theory explain` and tests.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        UnexpectedToken, MissingToken, UnterminatedString, UnterminatedComment, InvalidCharacters,
        UnclosedBrace, UnexpectedEndOfFile, InvalidEscapeSequence, TooDeeplyNested,
        UndefinedConstruct, UndefinedCmoc, UndefinedStage, UndefinedType, InvalidValue, DuplicateDeclaration,
        AliasClaimedTwice, AliasIsConstructName, UnusedConstruct, UnresolvedImport, CircularImport, ImportOutsideRoot,
        MisplacedQualifier, ConfusableNames, MixedScriptName,
        RefinedTheoryNotFound, ConstructRedefined, EvidenceWithoutSource, MisplacedFactorRole,
        MissingMechanism, MissingContext, MissingOutcome, MechanismIsIntervention, OutcomeIsContext, LinkWithoutMechanism,
        ContradictoryTerms, UnsatisfiableConditions, MostlyUnsignedWeb, NecessaryFactorAbsent,
        UndeclaredCycle, LoopNotInWeb, LoopPolarityMismatch,
        ContradictoryClaims, DuplicateCmoc, OpposingPaths, ContainedCmoc, MirroredClaim, MaintainedContradicted,
        ChainBreak, ChainAgainstStages,
        UnknownCitation, TooFewSources, NoEvidence, UncitedEntry, NoBibliography, BibliographyNotFound, BibTexSyntax,
        InvalidProjectFile, UnknownDiagnosticId, SuppressionWithoutReason, UnusedSuppression,
        PathNotFound, UnreadableFile, NoTheoryFiles, SourceOutsideRoot, LimitReached, LegacyEncoding, SharedFilesBoundTooOften,
        ImportMissingColumn, ImportRowWithoutMechanism, ImportRowIncomplete, ImportDuplicateId, ImportValueChanged, ImportGeneratedId,
        ImportColumnNotImported, ImportShortRow, ImportRowsAboveHeader, ImportWithoutSigns,
    ];

    public static DiagnosticDescriptor? Find(string id) =>
        All.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase));
}
