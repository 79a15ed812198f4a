namespace Theory.Emit;

/// <summary>One output of <c>theory build</c>: a file name (no directories) and its text.</summary>
/// <param name="FileName">The file name to write, for example <c>InterorganisationalCollaboration.web.dot</c>.</param>
/// <param name="Content">The file's text; written as UTF-8 without a byte-order mark.</param>
public sealed record EmittedArtifact(string FileName, string Content);
