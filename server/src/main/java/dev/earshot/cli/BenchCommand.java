package dev.earshot.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code earshot bench ...}: performance figures on this machine, printed, never asserted. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure Earshot's performance on this machine.",
        subcommands = {BenchIngestCommand.class, BenchDedupeCommand.class, BenchEnrichCommand.class,
                BenchRecommendCommand.class, BenchAnalyticsCommand.class})
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
