namespace Theory.Cli;

/// <summary>The process exit codes, as CI scripts rely on them.</summary>
internal static class ExitCodes
{
    /// <summary>No errors (warnings and infos may have been printed).</summary>
    public const int Success = 0;

    /// <summary>At least one error diagnostic.</summary>
    public const int Errors = 1;

    /// <summary>A usage or I/O problem: bad arguments, missing or unreadable files, invalid UTF-8.</summary>
    public const int UsageOrIo = 2;

    /// <summary>
    /// The answer is incomplete: a search (`theory query paths`) stopped at its limit and said so,
    /// so "no path" or a net effect covers only what was found.
    /// </summary>
    public const int Incomplete = 4;

    /// <summary>A bug in the compiler: an exception escaped. The message asks for a report.</summary>
    public const int InternalError = 3;
}
