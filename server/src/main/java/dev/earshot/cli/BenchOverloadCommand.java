package dev.earshot.cli;

import dev.earshot.bench.OverloadBenchmark;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code earshot bench overload}: clients posting as fast as they can; what is accepted, refused, and how fast. */
@Command(name = "overload", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Many clients post batches as fast as they can on loopback: accepted events/s, refusals by"
                + " status, latencies, /health meanwhile, memory, recovery; then slow uploads.")
public final class BenchOverloadCommand implements Callable<Integer> {
    @Option(names = "--clients", defaultValue = "64", description = "Concurrent posting clients.")
    int clients;

    @Option(names = "--batch", defaultValue = "500", description = "Events per request.")
    int batch;

    @Option(names = "--duration", defaultValue = "PT60S", description = "How long the load lasts (ISO-8601).")
    Duration duration;

    @Option(names = "--slow-uploads", defaultValue = "1000", description = "Slow uploads opened after the load (0: none).")
    int slowUploads;

    @Option(names = "--url", description = "A running server to load (default: one started in-process on a temp file).")
    URI url;

    @Mixin
    BenchFolder folder;

    @Override
    public Integer call() throws Exception {
        Path work = folder.path();
        new OverloadBenchmark(new OverloadBenchmark.Settings(clients, batch, duration, slowUploads, url, work),
                System.out::println, java.time.Clock.systemUTC()).run();
        return 0;
    }
}
