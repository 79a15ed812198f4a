// Lexer for the Theory language (.theory files).
//
// Every character of the input ends up in exactly one token: the syntax tree relies on this to
// round-trip any input byte for byte. Whitespace, newlines and comments go to the HIDDEN channel
// (they become trivia); characters that start no token go to the ERRORS channel so the parser
// never sees them and the compiler reports them once, as "invalid character".
lexer grammar TheoryLexer;

channels { ERRORS }

// ---- keywords: declarations -------------------------------------------------------------
THEORY       : 'theory';
IMPORT       : 'import';
STAGES       : 'stages';
TYPOLOGY     : 'typology';
CONSTRUCT    : 'construct';
MRT          : 'mrt';
CRITERION    : 'criterion';
CLUSTER      : 'cluster';
THEME        : 'theme';
CMOC         : 'cmoc';
CHAIN        : 'chain';
FEEDBACK     : 'feedback';
LINK         : 'link';
MEASURE      : 'measure';
DEFAULT      : 'default';

// ---- keywords: properties -----------------------------------------------------------------
TITLE        : 'title';
VERSION      : 'version';
AUTHORS      : 'authors';
REFINES      : 'refines';
BIBLIOGRAPHY : 'bibliography';
KIND         : 'kind';
ALIASES      : 'aliases';
DESCRIPTION  : 'description';
SPECIALISES  : 'specialises';
INVERSE      : 'inverse';
OF           : 'of';
CONTEXT      : 'context';
MECHANISM    : 'mechanism';
RESOURCE     : 'resource';
REASONING    : 'reasoning';
OUTCOME      : 'outcome';
IF           : 'if';
THEN         : 'then';
BECAUSE      : 'because';
WHEN         : 'when';
UNLESS       : 'unless';
FOR          : 'for';
STAGE        : 'stage';
EVIDENCE     : 'evidence';
AT           : 'at';
QUOTE        : 'quote';
STATUS       : 'status';
PROVENANCE   : 'provenance';
CONFIDENCE   : 'confidence';
NOTE         : 'note';
MODERATED    : 'moderated';
BY           : 'by';
DAMPENS      : 'dampens';
AMPLIFIES    : 'amplifies';
LOOP         : 'loop';
POLARITY     : 'polarity';
SCALE        : 'scale';
INDICATES    : 'indicates';
REVERSE      : 'reverse';
ANY          : 'any';
ALL          : 'all';

// ---- keywords: primary data ---------------------------------------------------------------
INTERVIEW    : 'interview';
FOCUS_GROUP  : 'focus_group';
OBSERVATION  : 'observation';
DOCUMENT     : 'document';
SURVEY       : 'survey';

// ---- keywords: levels (contexts), directions (mechanisms, outcomes), outcome tiers --------
HIGH         : 'high';
LOW          : 'low';
PRESENT      : 'present';
ABSENT       : 'absent';
APPROPRIATE  : 'appropriate';
INCREASED    : 'increased';
DECREASED    : 'decreased';
CHANGED      : 'changed';
MAINTAINED   : 'maintained';
THRESHOLD    : 'threshold';
INTERMEDIATE : 'intermediate';
FINAL        : 'final';
// ---- keywords: the part a factor plays (core and contributory factors) --------------------
NECESSARY    : 'necessary';
CONTRIBUTORY : 'contributory';

// ---- punctuation ---------------------------------------------------------------------------
FAT_ARROW    : '=>';
ARROW        : '->';
LBRACE       : '{';
RBRACE       : '}';
COMMA        : ',';
COLON        : ':';
LESS         : '<';
DOT          : '.';

// ---- literals and names --------------------------------------------------------------------
CITATION     : '@' [\p{XID_Continue}] [\p{XID_Continue}:\-/.+]*;
NUMBER       : [0-9]+ ('.' [0-9]+)?;
// Unicode's identifier rules (UAX #31): a letter (or `_`), then letters, combining marks, digits
// and connectors, in any script and beyond the Basic Multilingual Plane. Reviews number their
// CMOCs `P4-20`, `CF1.2` and `4.3a`, so a `-` or `.` followed by a digit continues a name, and a
// name may start with digits when a letter follows. `->` never continues a name (`>` is no
// digit), and `Typology.type` stays a qualified name (a letter follows its dot).
IDENTIFIER
    : [\p{XID_Start}_] [\p{XID_Continue}]* ID_NUMBERED_PART*
    | [0-9]+ ([.\-] [0-9]+)* [\p{XID_Start}_] [\p{XID_Continue}]* ID_NUMBERED_PART*
    ;
fragment ID_NUMBERED_PART : [.\-] [0-9] [\p{XID_Continue}]*;
STRING       : '"' (~["\\\r\n] | '\\' ~[\r\n])* '"';
// A string the line ends inside. Longest match means STRING wins whenever the closing quote
// exists; otherwise this token lets the parser carry on while the compiler reports it.
UNTERMINATED_STRING : '"' (~["\\\r\n] | '\\' ~[\r\n])* '\\'?;

// ---- trivia ---------------------------------------------------------------------------------
// U+FEFF is accepted as whitespace so a byte order mark is kept (and round-trips) without error.
WHITESPACE   : [ \t\f\u000B\u00A0\uFEFF]+ -> channel(HIDDEN);
NEWLINE      : ('\r\n' | '\r' | '\n') -> channel(HIDDEN);
LINE_COMMENT : '//' ~[\r\n]* -> channel(HIDDEN);
// Also matches a comment that runs to the end of the file; the compiler reports it as unterminated.
BLOCK_COMMENT: '/*' .*? ('*/' | EOF) -> channel(HIDDEN);

// Anything else: one character at a time, kept out of the parser's way.
INVALID_CHARACTER : . -> channel(ERRORS);
