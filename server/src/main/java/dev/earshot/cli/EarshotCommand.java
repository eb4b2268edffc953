package dev.earshot.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of {@code java -jar earshot.jar}: lists the commands. */
@Command(name = "earshot", mixinStandardHelpOptions = true, version = "Earshot 0.1.0",
        description = "Self-hosted music listening analytics.",
        subcommands = {ServeCommand.class, SimulateCommand.class, EnrichCommand.class, EvalCommand.class,
            BenchCommand.class, CommandLine.HelpCommand.class})
public final class EarshotCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new EarshotCommand()).execute(args));
    }
}
