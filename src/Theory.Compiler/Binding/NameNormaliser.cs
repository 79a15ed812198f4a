using System.Text;

namespace Theory.Binding;

/// <summary>
/// Turns an alias or label ("Interorganisational trust") into the form a reference would take
/// (`interorganisational_trust`): lower case, runs of anything but letters and digits become `_`.
/// </summary>
internal static class NameNormaliser
{
    public static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSeparator = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSeparator && builder.Length > 0)
                    builder.Append('_');
                builder.Append(char.ToLowerInvariant(c));
                pendingSeparator = false;
            }
            else
                pendingSeparator = true;
        }

        return builder.ToString();
    }
}
