using SharpFuzz;
using Theory.Fuzzing;

// Under AFL++:   afl-fuzz ... -- dotnet Theory.Fuzzing.dll <target>
// To reproduce:  dotnet Theory.Fuzzing.dll <target> --replay FILE...   (runs each file once, prints any exception)
if (args.Length == 0 || !FuzzTargets.All.TryGetValue(args[0], out var target))
{
    Console.Error.WriteLine($"usage: Theory.Fuzzing <{string.Join('|', FuzzTargets.All.Keys)}> [--replay FILE...]");
    return 2;
}

if (args.Length > 1 && args[1] == "--replay")
{
    var failures = 0;
    foreach (var file in args.Skip(2))
    {
        try
        {
            target(File.ReadAllBytes(file));
            Console.WriteLine($"ok    {file}");
        }
        catch (Exception e)
        {
            failures++;
            Console.WriteLine($"FAIL  {file}\n{e}");
        }
    }

    return failures == 0 ? 0 : 1;
}

// Out-of-process mode: the runtime starts once and AFL++'s fork server feeds inputs through
// shared memory; each input is read in full first so targets work on bytes like a file read.
Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    target(buffer.ToArray());
});
return 0;
