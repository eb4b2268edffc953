package dev.earshot.store;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/** The store's health as meters: failed writes by cause, and whether it takes writes now. */
public final class StoreMeters {
    private StoreMeters() {
    }

    public static void bind(DuckDbWarehouse warehouse, MeterRegistry registry) {
        for (WriteFault fault : WriteFault.values()) {
            FunctionCounter.builder("earshot.writer.failed.writes", warehouse, w -> w.failedWrites(fault))
                    .description("Writes (event commits, side writes, checkpoints) the database failed, by cause")
                    .tag("cause", fault.wire()).register(registry);
        }
        Gauge.builder("earshot.store.writable", warehouse, w -> w.health().writable() ? 1 : 0)
                .description("1 while the database takes writes, 0 while it is failed or the disk guard refuses them")
                .register(registry);
    }
}
