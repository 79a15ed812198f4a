namespace Theory.Cli.Rendering;

/// <summary>A publication figure: the width it must fit, the smallest text allowed at that width, the raster resolution.</summary>
internal sealed record FigureRequest(double WidthPoints, double FontPoints, int Dpi)
{
    /// <summary>BMC's and most journals' rule: text no smaller than 8 pt at the printed width.</summary>
    public const double DefaultFontPoints = 8;

    public const int DefaultDpi = 300;
}
