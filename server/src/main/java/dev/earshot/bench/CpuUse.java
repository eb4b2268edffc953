package dev.earshot.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the CPU went during a run: the whole process (clients, server, DuckDB's native threads, GC, JIT) in
 * cores, and per group of Java threads (named by their prefix), which says what the bottleneck is.
 */
public final class CpuUse {
    public record Figures(double processCores, Map<String, Double> coresByThreadGroup) {
        double group(String name) {
            return coresByThreadGroup.getOrDefault(name, 0.0);
        }
    }

    private final long wall0 = System.nanoTime();
    private final long process0 = processCpu();
    private final Map<Long, Long> thread0 = threadCpu();

    static CpuUse start() {
        return new CpuUse();
    }

    Figures stop() {
        double wall = System.nanoTime() - wall0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Double> groups = new TreeMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null) {
                long used = threads.getThreadCpuTime(info.getThreadId()) - thread0.getOrDefault(info.getThreadId(), 0L);
                groups.merge(group(info.getThreadName()), used / wall, Double::sum);
            }
        }
        return new Figures((processCpu() - process0) / wall, groups);
    }

    /** "JettyServerThreadPool-12" and "JettyServerThreadPool-7" are one group. */
    private static String group(String threadName) {
        return threadName.replaceAll("[-#]?\\d+", "");
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static Map<Long, Long> threadCpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Long, Long> cpu = new HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            cpu.put(id, threads.getThreadCpuTime(id));
        }
        return cpu;
    }
}
