package dev.earshot.simulate;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Measures simulation throughput on one thread: generation alone, then generation while writing NDJSON to a
 * file. {@code java -cp core/target/classes:<jackson-core.jar> dev.earshot.simulate.SimulationBench
 * [users] [days] [file] [inline|bare]}. A first, smaller run warms the JIT up and is not reported.
 */
public final class SimulationBench {
    private SimulationBench() {
    }

    public static void main(String[] args) throws IOException {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Path file = args.length > 2 ? Path.of(args[2]) : Files.createTempFile("earshot-sim", ".ndjson");
        boolean inline = args.length <= 3 || !args[3].equals("bare");
        SimulationConfig warmUp = config(Math.max(1, users / 10), days, inline);
        SimulationConfig measured = config(users, days, inline);
        run(warmUp, null);
        run(warmUp, file);
        report("generation only:      ", measured, null);
        report("generation and NDJSON:", measured, file);
        System.out.printf("%,d bytes in %s%n", Files.size(file), file);
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
        public void accept(dev.earshot.event.ListenEvent event) {
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
