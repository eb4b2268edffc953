package dev.earshot.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of {@code java -jar earshot.jar}: lists the commands. */
@Command(name = "earshot", mixinStandardHelpOptions = true, version = "Earshot 0.1.0",
        description = "Self-hosted music listening analytics.",
        subcommands = {ServeCommand.class, ImportCommand.class, KeysCommand.class, BackupCommand.class, RestoreCommand.class, SimulateCommand.class, EnrichCommand.class, ModelsCommand.class, EvalCommand.class,
            BenchCommand.class, CommandLine.HelpCommand.class})
public final class EarshotCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line, where a refusal we explain (bad setting, server not reachable) is its message, not a trace. */
    public static CommandLine commandLine() {
        return new CommandLine(new EarshotCommand()).setExecutionExceptionHandler((e, cl, parsed) -> {
            if (e instanceof IllegalArgumentException || e instanceof IllegalStateException
                    || e instanceof java.io.UncheckedIOException || e instanceof dev.earshot.store.WarehouseException) {
                cl.getErr().println("earshot " + cl.getCommandName() + ": " + e.getMessage());
                return 1;
            }
            throw e;
        });
    }
}
