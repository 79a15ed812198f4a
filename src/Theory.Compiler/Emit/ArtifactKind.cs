namespace Theory.Emit;

/// <summary>What an artefact is for; a host decides by kind, never by file extension.</summary>
public enum ArtifactKind
{
    /// <summary>A picture of the theory (Graphviz DOT, Mermaid).</summary>
    Diagram,

    /// <summary>The bound theory as data for programs (C#, JSON).</summary>
    Model,

    /// <summary>Rows for spreadsheets (the CMOC table).</summary>
    Table,

    /// <summary>The note written beside outputs built from a theory with errors.</summary>
    InvalidMarker,
}

/// <summary>The format an artefact is written in.</summary>
public enum ArtifactFormat
{
    /// <summary>Graphviz DOT: a host with Graphviz renders it (SVG, PNG, PDF).</summary>
    Dot,

    CSharp,

    Json,

    Mermaid,

    Csv,

    /// <summary>Plain UTF-8 text.</summary>
    Text,
}
