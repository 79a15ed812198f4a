namespace Theory;

/// <summary>
/// Numbers unique within the process, for objects that tables key by identity: syntax nodes,
/// symbols and causal edges hash by theirs. The hash code the runtime would otherwise assign to an
/// object on first use (stored in its header) was a visible cost when hundreds of thousands of
/// them are keys. The numbers say nothing about order: outputs never depend on them.
/// </summary>
internal static class IdentityNumbers
{
    private static int s_last;

    public static int Next() => Interlocked.Increment(ref s_last);
}
