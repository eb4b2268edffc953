package dev.earshot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code earshot bench}: performance figures, printed, never asserted. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure Earshot's performance on this machine.",
        subcommands = {})
public final class BenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
