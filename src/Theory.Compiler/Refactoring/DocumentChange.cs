using System.Collections.Immutable;
using System.Text;
using Theory.Syntax;

namespace Theory.Refactoring;

/// <summary>The edits a change makes to one file, in position order, none overlapping.</summary>
public sealed class DocumentChange
{
    internal DocumentChange(SyntaxTree tree, ImmutableArray<TextEdit> edits)
    {
        Tree = tree;
        Edits = edits;
    }

    public SyntaxTree Tree { get; }

    public ImmutableArray<TextEdit> Edits { get; }

    /// <summary>The file's text with every edit made.</summary>
    public string GetNewText()
    {
        var text = Tree.Text.ToString();
        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var edit in Edits)
        {
            builder.Append(text, position, edit.Span.Start - position).Append(edit.NewText);
            position = edit.Span.End;
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }
}
