package org.tally.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root {@code tally} command. */
@Command(
    name = "tally",
    mixinStandardHelpOptions = true,
    version = "tally 0.1.0",
    description = "Turns news about armed conflict into a ledger of casualty claims.",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:success", "1:usage or setup error (unknown option, missing argument, no such database, a broken --actors or --quantities file)", "2:some inputs failed; the others were processed"},
    footer = {"%nEach command's options and fields: tally COMMAND --help (for example: tally ingest --help).",
        "Start with: tally demo    then: tally docs --db tally.db"},
    subcommands = {IngestCommand.class, DocsCommand.class, ExtractCommand.class, DemoCommand.class, BenchCommand.class,
        IncidentsCommand.class, OutletsCommand.class, ExportCommand.class, LinkBenchCommand.class, VerifyCommand.class,
        ReferenceCommand.class, VerifyBenchCommand.class, ServeCommand.class, WebBenchCommand.class,
        CommandLine.HelpCommand.class})
public final class TallyCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new TallyCommand());
    cli.setExitCodeExceptionMapper(e -> 1);
    // a bad rule file or an unreadable database is the user's to fix: say what and where, without a stack trace
    cli.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
      cmd.getErr().println("tally: " + (ex.getMessage() == null || ex.getMessage().isBlank()
          ? "an internal error stopped the run (" + ex.getClass().getSimpleName() + "); please report it with the"
              + " command you ran"
          : ex.getMessage()));
      return 1;
    });
    return cli.setParameterExceptionHandler((ex, args) -> {
      CommandLine cmd = ex.getCommandLine();
      cmd.getErr().println("tally: " + ex.getMessage());
      CommandLine.UnmatchedArgumentException.printSuggestions(ex, cmd.getErr());
      cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
      return 1;
    });
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
