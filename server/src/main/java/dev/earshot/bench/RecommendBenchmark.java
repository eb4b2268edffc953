package dev.earshot.bench;

import dev.earshot.event.ListenEvent;
import dev.earshot.recommend.Interactions;
import dev.earshot.recommend.InteractionsBuilder;
import dev.earshot.recommend.Recommender;
import dev.earshot.simulate.EventSink;
import dev.earshot.simulate.Simulation;
import dev.earshot.simulate.SimulationConfig;
import dev.earshot.simulate.TruthRecorder;
import dev.earshot.simulate.World;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * Fit time and serving latency of each recommender on a simulated world: every listener's top 10, one at a
 * time on one thread, after a first untimed pass that warms the JIT. Latency is measured both on the wall
 * clock and in the thread's CPU time, since on a shared machine the wall clock also counts waiting for a core.
 * Events go straight into the matrix, so a large world never sits in memory as events.
 */
public final class RecommendBenchmark {
    static final int TOP = 10;

    /** What one model measured. */
    public record Result(String model, long fitMillis, long fitPeakHeapMb, int users, double p50Millis, double p99Millis,
                         double cpuP50Millis, double cpuP99Millis) {
    }

    private RecommendBenchmark() {
    }

    public static Interactions interactions(SimulationConfig config) throws IOException {
        return interactions(World.generate(config));
    }

    public static Interactions interactions(World world) throws IOException {
        return interactions(world, 0);
    }

    /**
     * With one more listener, {@code heavyTracks} distinct tracks wide (the catalog's first ones, each played once
     * more than the next): the shape of an imported decade of history, which the simulator's month never makes.
     */
    public static Interactions interactions(World world, int heavyTracks) throws IOException {
        InteractionsBuilder builder = new InteractionsBuilder();
        List<String> tracks = world.catalog().tracks().stream().limit(heavyTracks).map(t -> t.id(dev.earshot.event.Platform.SPOTIFY)).toList();
        for (int i = 0; i < tracks.size(); i++) {
            builder.add("bench-heavy-listener", tracks.get(i), tracks.size() - i);
        }
        Simulation.run(world, new EventSink() {
            @Override
            public void accept(ListenEvent event) {
                builder.add(event);
            }

            @Override
            public void close() {
            }
        }, TruthRecorder.NONE);
        return builder.build();
    }

    public static Result run(Recommender recommender, Interactions data) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        Recommender.Model model = recommender.fit(data);
        long fitMillis = (System.nanoTime() - start) / 1_000_000;
        // Pools peak at different moments, so the sum bounds the peak from above; the matrix itself is included.
        long peakMb = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
        List<String> users = new ArrayList<>(data.users());
        for (int u = 0; u < data.users(); u++) {
            users.add(data.userId(u));
        }
        users.forEach(u -> model.recommend(u, TOP));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Latencies wall = new Latencies(users.size());
        Latencies cpu = new Latencies(users.size());
        for (String u : users) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            model.recommend(u, TOP);
            wall.add(System.nanoTime() - t);
            cpu.add(threads.getCurrentThreadCpuTime() - cpuStart);
        }
        return new Result(recommender.name(), fitMillis, peakMb, users.size(), wall.percentileMillis(50),
                wall.percentileMillis(99), cpu.percentileMillis(50), cpu.percentileMillis(99));
    }
}
