package dev.earshot.cli;

import dev.earshot.bench.CrashBenchmark;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code earshot bench crash}: SIGKILL the server while clients post; no acknowledged event may go missing. */
@Command(name = "crash", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Kills a child server at random moments while clients post, restarts it on the same file;"
                + " prints acknowledged, missing and duplicated events; exits 1 if any is missing.")
public final class BenchCrashCommand implements Callable<Integer> {
    @Option(names = "--kills", defaultValue = "20", description = "How many times the server is killed.")
    int kills;

    @Option(names = "--clients", defaultValue = "8", description = "Concurrent posting clients.")
    int clients;

    @Option(names = "--batch", defaultValue = "200", description = "Events per request.")
    int batch;

    @Option(names = "--seed", defaultValue = "10", description = "Seed of the kill moments.")
    long seed;

    @Mixin
    BenchFolder folder;

    @Override
    public Integer call() throws Exception {
        Path work = folder.path();
        CrashBenchmark.Result r = new CrashBenchmark(new CrashBenchmark.Settings(kills, clients, batch, seed, work),
                System.out::println, java.time.Clock.systemUTC()).run();
        System.out.printf("crash: %d kills; acknowledged %,d, missing %,d, duplicated %,d (stored %,d)%n", kills,
                r.acknowledged(), r.missing(), r.duplicated(), r.stored());
        return r.missing() == 0 ? 0 : 1;
    }
}
