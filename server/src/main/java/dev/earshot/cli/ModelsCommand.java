package dev.earshot.cli;

import picocli.CommandLine.Command;

/** {@code earshot models}: the enrichment models of a running server. */
@Command(name = "models", mixinStandardHelpOptions = true, description = "The enrichment models of a running server.",
        subcommands = {ModelsExportCommand.class})
public final class ModelsCommand implements Runnable {
    @Override
    public void run() {
        System.err.println("earshot models: name a subcommand (export)");
    }
}
