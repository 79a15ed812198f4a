namespace Theory.Symbols;

/// <summary>What a symbol stands for; one value per symbol class.</summary>
public enum SymbolKind
{
    Theory,
    Construct,
    Cmoc,
    Group,
    Stage,
    Typology,
    Type,
    Chain,
    FeedbackLoop,
    Link,
    Measure,
    Source,
}
