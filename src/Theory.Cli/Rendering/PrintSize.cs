using System.Globalization;
using System.Text.RegularExpressions;

namespace Theory.Cli.Rendering;

/// <summary>Lengths as journals state them (<c>176mm</c>, <c>8.5cm</c>, <c>7in</c>, <c>8pt</c>), in PostScript points.</summary>
internal static partial class PrintSize
{
    public const double PointsPerInch = 72;

    /// <summary>Parses a positive length; a bare number is in <paramref name="defaultUnit"/>.</summary>
    public static bool TryParse(string? text, string defaultUnit, out double points)
    {
        points = 0;
        var match = Length().Match(text?.Trim() ?? "");
        if (!match.Success || !double.TryParse(match.Groups[1].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value <= 0)
            return false;
        var unit = match.Groups[2].Value.Length > 0 ? match.Groups[2].Value.ToLowerInvariant() : defaultUnit;
        points = unit switch
        {
            "mm" => value / 25.4 * PointsPerInch,
            "cm" => value / 2.54 * PointsPerInch,
            "in" => value * PointsPerInch,
            "pt" => value,
            _ => 0,
        };
        return points > 0 && !double.IsInfinity(points);
    }

    /// <summary>Points as millimetres, for messages.</summary>
    public static string Millimetres(double points) => (points / PointsPerInch * 25.4).ToString("0", CultureInfo.InvariantCulture) + " mm";

    [GeneratedRegex(@"^([0-9]+(?:\.[0-9]+)?)\s*(mm|cm|in|pt)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Length();
}
