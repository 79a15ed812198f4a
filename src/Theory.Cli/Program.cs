using Theory.Cli;

return TheoryCommandLine.Run(args, CliContext.FromProcess());
