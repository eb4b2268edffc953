package dev.earshot.cli;

import java.lang.management.ManagementFactory;

/** Resolves DuckDB's memory_limit: "auto" is half of the physical memory that the JVM heap leaves free. */
final class MemoryLimit {
    private MemoryLimit() {
    }

    static String resolve(String setting) {
        if (!"auto".equalsIgnoreCase(setting)) {
            return setting;
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long free = os.getTotalMemorySize() - Runtime.getRuntime().maxMemory();
        long mb = Math.max(256, free / 2 / (1024 * 1024));
        return mb + "MB";
    }
}
