namespace Theory.Symbols;

/// <summary>
/// The Unicode Script property (from Scripts.txt, generated into LookAlikeScripts.g.cs) for the
/// alphabets whose letters look alike — Latin, Greek, Cyrillic, Armenian, Cherokee — which .NET
/// does not expose. Other scripts (Han, Arabic, Devanagari, ...) and common characters have none.
/// </summary>
internal static partial class LookAlikeScripts
{
    /// <summary>The script of <paramref name="codePoint"/> when it is one of the look-alike alphabets, else null.</summary>
    public static string? Of(int codePoint)
    {
        int low = 0, high = (Ranges.Length / 3) - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (codePoint < Ranges[3 * middle])
                high = middle - 1;
            else if (codePoint > Ranges[(3 * middle) + 1])
                low = middle + 1;
            else
                return Names[Ranges[(3 * middle) + 2]];
        }

        return null;
    }
}
