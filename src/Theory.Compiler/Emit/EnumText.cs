namespace Theory.Emit;

/// <summary>How enum values appear in outputs: camelCase (`focusGroup`), and `Unspecified` as the empty string.</summary>
internal static class EnumText
{
    public static string Of<T>(T value) where T : struct, Enum
    {
        var text = value.ToString();
        return text == "Unspecified" ? "" : char.ToLowerInvariant(text[0]) + text.Substring(1);
    }
}
