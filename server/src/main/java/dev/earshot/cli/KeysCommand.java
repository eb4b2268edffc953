package dev.earshot.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code earshot keys ...}: create, list and revoke API keys. */
@Command(name = "keys", mixinStandardHelpOptions = true, description = "Create, list and revoke API keys.",
        subcommands = {KeysCreateCommand.class, KeysListCommand.class, KeysRevokeCommand.class})
public final class KeysCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
