// Parser for the Theory language. Kept SLL-friendly: every declaration and clause starts with
// its own keyword, so one token of lookahead picks the alternative almost everywhere.
//
// Rule names are mirrored by SyntaxKind values in src/Theory.Compiler/Syntax; the converter in
// src/Theory.Compiler/Syntax/Parsing turns this concrete tree into our own syntax tree, so
// nothing here is public API.
parser grammar TheoryParser;

options { tokenVocab = TheoryLexer; }

compilationUnit : declaration* EOF;

declaration
    : theoryDeclaration
    | importDeclaration
    | stagesDeclaration
    | typologyDeclaration
    | memberDeclaration
    ;

// Declarations that may also appear inside groups.
memberDeclaration
    : constructDeclaration
    | groupDeclaration
    | cmocDeclaration
    | chainDeclaration
    | feedbackDeclaration
    | linkDeclaration
    | measureDeclaration
    | defaultEvidenceDeclaration
    | noteClause
    ;

// ---- theory header ------------------------------------------------------------------------
theoryDeclaration : THEORY name label? theoryBody?;
theoryBody        : LBRACE theoryClause* RBRACE;
theoryClause
    : titleClause
    | versionClause
    | authorsClause
    | refinesClause
    | bibliographyClause
    | descriptionClause
    | noteClause
    ;
titleClause        : TITLE string;
versionClause      : VERSION string;
authorsClause      : AUTHORS string (COMMA string)*;
refinesClause      : REFINES qualifiedName;
bibliographyClause : BIBLIOGRAPHY string;

importDeclaration  : IMPORT string;

stagesDeclaration  : STAGES name (LESS name)*;

// ---- typologies -----------------------------------------------------------------------------
typologyDeclaration : TYPOLOGY name label? LBRACE typologyMember* RBRACE;
typologyMember      : typeDeclaration | descriptionClause | noteClause;
typeDeclaration     : name label? attributeList?;
attributeList       : LBRACE (attribute (COMMA? attribute)*)? RBRACE;
attribute           : name attributeValue;
attributeValue      : qualifiedName | string | NUMBER | qualifier;

// ---- constructs -----------------------------------------------------------------------------
constructDeclaration : CONSTRUCT name label? constructBody?;
constructBody        : LBRACE constructClause* RBRACE;
constructClause
    : kindClause
    | aliasesClause
    | descriptionClause
    | specialisesClause
    | inverseClause
    | noteClause
    ;
kindClause        : KIND name;   // `resource` is a soft keyword, so a name
aliasesClause     : ALIASES string (COMMA string)*;
specialisesClause : SPECIALISES qualifiedName;
inverseClause     : INVERSE OF? qualifiedName;

// ---- groups: middle-range theories, criteria, clusters, themes (nestable) -----------------
groupDeclaration : groupKeyword name label? groupBody;
groupKeyword     : MRT | CRITERION | CLUSTER | THEME;
groupBody        : LBRACE groupMember* RBRACE;
groupMember      : memberDeclaration | descriptionClause;

// ---- CMOCs ----------------------------------------------------------------------------------
// Three forms: a block of clauses; one line `C => M -> O`; and `if C then O because M`.
// The one-line forms may be followed by further clauses (evidence, conditions, ...).
cmocDeclaration : CMOC cmocId label? (cmocBlock | cmocInline cmocClause*);
// A CMOC ID as reviews write it: a name (`P4-20`, `CF1.2`, `4.3a`) or a bare number (`12`, `4.3`).
cmocId          : name | numericId;
numericId       : NUMBER;
cmocBlock       : LBRACE cmocClause* RBRACE;
cmocInline
    : COLON termList (FAT_ARROW termList)? ARROW termList      # cmocArrowForm
    | COLON? IF termList THEN termList (BECAUSE termList)?     # cmocIfThenForm
    ;
cmocClause
    : contextClause
    | mechanismClause
    | resourceClause
    | reasoningClause
    | outcomeClause
    | conditionClause
    | scopeClause
    | stageClause
    | evidenceClause
    | statusClause
    | provenanceClause
    | confidenceClause
    | moderatorClause
    | descriptionClause
    | noteClause
    ;
// `context A => M1` pairs contexts with the mechanisms they trigger; without `=>` a context
// triggers every mechanism of the CMOC.
contextClause    : (CONTEXT | IF) combination? termList (FAT_ARROW termList)?;
mechanismClause  : (MECHANISM | BECAUSE) termList;
resourceClause   : RESOURCE (termList | string);
reasoningClause  : REASONING termList;
outcomeClause    : (OUTCOME | THEN) combination? termList;
// `any of a, b`: one of the terms is enough; `all of` (the default) needs every one.
combination      : (ANY | ALL) OF;

// Clauses shared by CMOCs and links.
conditionClause  : (WHEN | UNLESS) termList;
scopeClause      : FOR qualifiedName (COMMA qualifiedName)*;
stageClause      : STAGE name;
evidenceClause   : EVIDENCE evidenceItem (COMMA evidenceItem)*;
evidenceItem
    : CITATION locator? quotation?                           # citationEvidence
    | primaryDataKind string locator? quotation?             # primaryDataEvidence
    | (locator quotation? | quotation)                       # defaultSourceEvidence
    ;
locator          : AT string;
quotation        : QUOTE string;
primaryDataKind  : INTERVIEW | FOCUS_GROUP | OBSERVATION | DOCUMENT | SURVEY;
statusClause     : STATUS name;
provenanceClause : PROVENANCE name;
confidenceClause : CONFIDENCE (NUMBER | name | qualifier);
moderatorClause  : MODERATED BY term (DAMPENS | AMPLIFIES)? moderatorBody?;
// How the moderator acts, and what says so: `{ mechanism increased trust  evidence @x }`.
moderatorBody    : LBRACE moderatorMember* RBRACE;
moderatorMember  : mechanismClause | evidenceClause | descriptionClause | noteClause;

// `default evidence @millar2023`: the sources of every claim in the file (or the group) that
// names none of its own; `evidence at "p. 12"` then gives a locator in the default source.
defaultEvidenceDeclaration : DEFAULT evidenceClause;

// ---- terms: a construct reference with an optional tier and level/direction -------------
termList  : term (COMMA term)*;
term      : factorRole? tier? qualifier? qualifiedName;
factorRole: NECESSARY | CONTRIBUTORY;
tier      : INTERMEDIATE | FINAL;
qualifier : HIGH | LOW | PRESENT | ABSENT | APPROPRIATE | THRESHOLD | INCREASED | DECREASED | CHANGED | MAINTAINED;

// ---- chains, feedback loops, links ------------------------------------------------------
chainDeclaration    : CHAIN name label? COLON pathList chainClause*;
chainClause         : descriptionClause | noteClause;
pathList            : pathStep (ARROW pathStep)+;
pathStep            : qualifiedName | numericId;   // a chain's steps are CMOC IDs, which may be numbers

feedbackDeclaration : FEEDBACK name label? (COLON pathList)? feedbackBody?;
feedbackBody        : LBRACE feedbackClause* RBRACE;
feedbackClause
    : loopClause
    | polarityClause
    | descriptionClause
    | evidenceClause
    | noteClause
    ;
loopClause          : LOOP pathList;
polarityClause      : POLARITY name;

// `link a -> b` or `link L1 "label": a -> b`: a claim with no mechanism yet.
linkDeclaration     : LINK (name label? COLON)? term ARROW termList linkClause*;
linkClause
    : conditionClause
    | scopeClause
    | stageClause
    | evidenceClause
    | statusClause
    | provenanceClause
    | confidenceClause
    | moderatorClause
    | descriptionClause
    | noteClause
    ;

// ---- measures ---------------------------------------------------------------------------
measureDeclaration : MEASURE name label? measureBody?;
measureBody        : LBRACE measureClause* RBRACE;
measureClause
    : scaleClause
    | indicatesClause
    | reverseClause
    | descriptionClause
    | noteClause
    ;
scaleClause     : SCALE name;
indicatesClause : INDICATES qualifiedName;
reverseClause   : REVERSE;

// ---- shared small pieces ----------------------------------------------------------------
descriptionClause : DESCRIPTION string;
noteClause        : NOTE string;
label             : string;
qualifiedName     : name (DOT name)*;
name              : IDENTIFIER | softKeyword;

// Keywords that are also the words of realist theories (confidence, resource, feedback, theme,
// survey, document, ...): where a name is expected they are names. They start clauses, and no
// rule puts a name right before such a clause, so reading them as names takes no lookahead.
// Reserved: words that join terms (if, then, because, when, unless, for, at, of, by), levels,
// directions, tiers and factor roles (a name there would make `high trust` ambiguous); `description` and
// `note`, which may stand where a typology's types do; and the keywords that start the other
// declarations, so that an unfinished path (`chain c: a ->`) does not swallow the next one.
softKeyword
    : CONFIDENCE | RESOURCE | REASONING | FEEDBACK | THEME | SURVEY | DOCUMENT | INTERVIEW
    | OBSERVATION | FOCUS_GROUP | STATUS | EVIDENCE | SCALE | LOOP | POLARITY | TITLE | VERSION
    | AUTHORS | KIND | QUOTE | PROVENANCE | REVERSE | INDICATES | STAGE | CONTEXT | MECHANISM
    | OUTCOME | ALIASES | SPECIALISES | INVERSE | MODERATED | DAMPENS | AMPLIFIES | BIBLIOGRAPHY
    | REFINES | ANY | ALL
    ;
string            : STRING | UNTERMINATED_STRING;
