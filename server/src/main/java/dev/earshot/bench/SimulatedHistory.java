package dev.earshot.bench;

import dev.earshot.catalog.Catalog;
import dev.earshot.enrich.EnrichmentPipeline;
import dev.earshot.event.ListenEvent;
import dev.earshot.simulate.EventSink;
import dev.earshot.simulate.Simulation;
import dev.earshot.simulate.TruthRecorder;
import dev.earshot.simulate.World;
import dev.earshot.store.EventOrigin;
import dev.earshot.store.StoredEvent;
import dev.earshot.store.Warehouse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads a simulated world's history into a warehouse the way ingest stores it (enriched by the ingest pipeline
 * over the catalog, so mood and genre columns are filled), straight through {@link Warehouse#write} in large
 * batches: the Appender is the fast path, and HTTP would measure ingest, not analytics.
 */
public final class SimulatedHistory {
    static final int BATCH = 100_000;

    private SimulatedHistory() {
    }

    /** Writes every event of the world; returns how many. */
    public static long load(World world, Warehouse warehouse) {
        EnrichmentPipeline enrichment = new EnrichmentPipeline(new Catalog());
        List<StoredEvent> batch = new ArrayList<>(BATCH);
        long[] written = {0};
        EventSink sink = new EventSink() {
            @Override
            public void accept(ListenEvent e) {
                batch.add(new StoredEvent(e, e.timestamp(), enrichment.enrich(e), EventOrigin.SIMULATION));
                if (batch.size() == BATCH) {
                    close();
                }
            }

            @Override
            public void close() {
                warehouse.write(batch, List.of());
                written[0] += batch.size();
                batch.clear();
            }
        };
        try (sink) {
            Simulation.run(world, sink, TruthRecorder.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written[0];
    }
}
