package dev.earshot.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code earshot eval ...}: model quality measured against the simulator's ground truth. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure Earshot's models against the simulator's ground truth.",
        subcommands = {EvalEnrichCommand.class, EvalRecommendCommand.class})
public final class EvalCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
