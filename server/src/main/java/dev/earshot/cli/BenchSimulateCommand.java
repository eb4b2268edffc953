package dev.earshot.cli;

import dev.earshot.event.ListenEvent;
import dev.earshot.simulate.EventSink;
import dev.earshot.simulate.NdjsonEventSink;
import dev.earshot.simulate.Scenario;
import dev.earshot.simulate.Simulation;
import dev.earshot.simulate.SimulationConfig;
import dev.earshot.simulate.Summary;
import dev.earshot.simulate.TruthRecorder;
import dev.earshot.simulate.World;
import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code earshot bench simulate}: simulation throughput on one thread, generation alone, then generation while
 * writing NDJSON to a file. A first, smaller run warms the JIT up and is not reported.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Throughput of the simulator on one thread, with and without writing NDJSON.")
public final class BenchSimulateCommand implements Callable<Integer> {
    @Option(names = "--users", defaultValue = "10000", description = "Simulated listeners.")
    int users;

    @Option(names = "--days", defaultValue = "7", description = "Simulated days.")
    int days;

    @Option(names = "--out", description = "NDJSON file to write (a temporary file by default).")
    Path file;

    @Option(names = "--bare", description = "Events without inline track metadata.")
    boolean bare;

    @Override
    public Integer call() throws IOException {
        Path out = file != null ? file : Files.createTempFile("earshot-sim", ".ndjson");
        SimulationConfig warmUp = config(Math.max(1, users / 10), days, !bare);
        SimulationConfig measured = config(users, days, !bare);
        run(warmUp, null);
        run(warmUp, out);
        report("generation only:      ", measured, null);
        report("generation and NDJSON:", measured, out);
        System.out.printf("%,d bytes in %s%n", Files.size(out), out);
        return 0;
    }

    /** Prints wall-clock and CPU throughput: on a shared machine the CPU figure is the one to compare. */
    private static void report(String label, SimulationConfig config, Path file) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuBefore = threads.getCurrentThreadCpuTime();
        Summary s = run(config, file);
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e9;
        System.out.printf("%s %s; %,.0f events per CPU second (world generation included)%n",
                label, s, s.events() / cpuSeconds);
    }

    private static SimulationConfig config(int users, int days, boolean inline) {
        return SimulationConfig.of(Scenario.named("spotify"), users, days, 42, LocalDate.of(2025, 1, 1))
                .withInlineMetadata(inline);
    }

    private static Summary run(SimulationConfig config, Path file) throws IOException {
        World world = World.generate(config);
        if (file == null) {
            return Simulation.run(world, new CountingSink(), TruthRecorder.NONE);
        }
        try (EventSink sink = new NdjsonEventSink(new BufferedOutputStream(new FileOutputStream(file.toFile()), 1 << 20))) {
            return Simulation.run(world, sink, TruthRecorder.NONE);
        }
    }

    private static final class CountingSink implements EventSink {
        private long count;

        @Override
        public void accept(ListenEvent event) {
            count++;
        }

        @Override
        public void close() {
            if (count < 0) {
                throw new IllegalStateException("unreachable: keeps the count observable to the JIT");
            }
        }
    }
}
