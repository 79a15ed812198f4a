using System.CommandLine;
using Theory.Cli.Rendering;

namespace Theory.Cli.Commands;

/// <summary>`--width`, `--font-size` and `--dpi`: the options that make a diagram a publication figure, shared by graph and build.</summary>
internal static class FigureOptions
{
    public static Option<string?> Width() => new("--width")
    {
        Description = "Draw a publication figure this wide when printed (176mm or 85mm for BMC; also cm, in, pt): labels wrap, text is --font-size at that width, "
            + "and a web too wide for the page is drawn as its summary.",
    };

    public static Option<string?> FontSize() => new("--font-size")
    {
        Description = "The smallest text in a figure, at its printed width (default 8pt; needs --width).",
    };

    public static Option<int?> Dpi() => new("--dpi") { Description = "Resolution of a PNG figure (default 300; needs --width)." };

    /// <summary>The figure asked for, null when no --width; false (after a message) when an option is malformed.</summary>
    public static bool TryRead(ParseResult result, Option<string?> width, Option<string?> fontSize, Option<int?> dpi, TextWriter stderr,
        out FigureRequest? figure)
    {
        figure = null;
        var (widthText, fontText, dpiValue) = (result.GetValue(width), result.GetValue(fontSize), result.GetValue(dpi));
        if (widthText is null)
        {
            if (fontText is null && dpiValue is null)
                return true;
            CommonOptions.Fail(stderr, "--font-size and --dpi shape a figure: give its printed width with --width (for example --width 176mm)");
            return false;
        }

        if (!PrintSize.TryParse(widthText, "mm", out var widthPoints) || widthPoints < 72 || widthPoints > 72 * 100)
        {
            CommonOptions.Fail(stderr, $"--width '{Output.TerminalText.Safe(widthText)}' is not a printed width between 1 in and 100 in (write it as 176mm, 8.5cm, 7in or 500pt)");
            return false;
        }

        var fontPoints = FigureRequest.DefaultFontPoints;
        if (fontText is not null && (!PrintSize.TryParse(fontText, "pt", out fontPoints) || fontPoints < 4 || fontPoints > 72))
        {
            CommonOptions.Fail(stderr, $"--font-size '{Output.TerminalText.Safe(fontText)}' is not a text size between 4pt and 72pt");
            return false;
        }

        if (dpiValue is { } value && (value < 72 || value > 1200))
        {
            CommonOptions.Fail(stderr, "--dpi must be between 72 and 1200");
            return false;
        }

        figure = new FigureRequest(widthPoints, fontPoints, dpiValue ?? FigureRequest.DefaultDpi);
        return true;
    }
}
