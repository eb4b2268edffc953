package dev.earshot.cli;

import dev.earshot.ingest.DedupeMemory;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code earshot bench dedupe}: memory and speed of the dedupe index's id set at a given size. */
@Command(name = "dedupe", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Memory and insert/lookup speed of the dedupe index at N event ids.")
public final class BenchDedupeCommand implements Callable<Integer> {
    @Option(names = "--ids", defaultValue = "10000000", description = "Event ids to index.")
    int ids;

    @Override
    public Integer call() {
        DedupeMemory.Figures f = DedupeMemory.measure(ids);
        System.out.printf("dedupe index, %,d ids: %,.1f MB resident (%.1f bytes/id); insert %,.0f ids/s; lookup %,.0f ids/s%n",
                f.ids(), f.bytes() / 1e6, (double) f.bytes() / f.ids(), f.insertsPerSecond(), f.lookupsPerSecond());
        return 0;
    }
}
