using Theory.Cli;

return TheoryCommandLine.Run(args, Console.Out, Console.Error);
