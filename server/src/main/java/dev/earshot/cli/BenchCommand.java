package dev.earshot.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine;

/** {@code earshot bench ...}: performance figures on this machine, printed, never asserted. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure Earshot's performance on this machine.",
        subcommands = {BenchIngestCommand.class, BenchDedupeCommand.class, BenchEnrichCommand.class,
                BenchRecommendCommand.class, BenchAnalyticsCommand.class, BenchSimulateCommand.class,
                BenchOverloadCommand.class, BenchCrashCommand.class, BenchReadersCommand.class,
                BenchImportCommand.class, BenchLakeCommand.class, BenchRulesCommand.class})
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
