package dev.earshot.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code earshot enrich ...}: act on the enrichment models of a running server. */
@Command(name = "enrich", mixinStandardHelpOptions = true, description = "Work with the enrichment models.",
        subcommands = {EnrichRebuildCommand.class, EnrichBackfillCommand.class})
public final class EnrichCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
