package dev.earshot.simulate;

import java.io.FileOutputStream;
import java.io.IOException;
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
        System.out.printf("generation only:       %s%n", run(measured, null));
        Summary s = run(measured, file);
        System.out.printf("generation and NDJSON: %s; %,d bytes to %s%n", s, Files.size(file), file);
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
        try (EventSink sink = new NdjsonEventSink(new FileOutputStream(file.toFile()))) {
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
