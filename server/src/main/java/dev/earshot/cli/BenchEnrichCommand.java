package dev.earshot.cli;

import dev.earshot.catalog.Catalog;
import dev.earshot.enrich.CoListeningCounts;
import dev.earshot.enrich.EnrichmentPipeline;
import dev.earshot.enrich.ItemItemSimilarity;
import dev.earshot.event.ListenEvent;
import dev.earshot.simulate.Scenario;
import dev.earshot.simulate.Simulation;
import dev.earshot.simulate.SimulationConfig;
import dev.earshot.simulate.TruthRecorder;
import dev.earshot.simulate.World;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code earshot bench enrich}: the ingest path's enrichment ({@link EnrichmentPipeline}: catalog upsert, mood,
 * context, engagement, genre and similar tracks over a fitted co-listening model) on one thread, events/s and
 * µs per event, on simulated listening. Each timed pass starts from a fresh pipeline, so per-track caches
 * are filled within the pass as at ingest; the first pass only warms the JIT.
 */
@Command(name = "enrich", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Throughput of enrichment at ingest on one thread, on simulated listening.")
public final class BenchEnrichCommand implements Callable<Integer> {
    @Option(names = "--users", defaultValue = "2000", description = "Simulated listeners.")
    int users;

    @Option(names = "--days", defaultValue = "14", description = "Simulated days.")
    int days;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed.")
    long seed;

    @Override
    public Integer call() {
        SimulationConfig config = SimulationConfig.of(Scenario.named("spotify"), users, days, seed, LocalDate.of(2025, 3, 10));
        List<ListenEvent> events = Simulation.events(World.generate(config), TruthRecorder.NONE);
        CoListeningCounts counts = new CoListeningCounts();
        counts.addAll(events);
        long fitStart = System.nanoTime();
        ItemItemSimilarity similarity = counts.fit(50);
        System.out.printf("spotify, %,d users, %d days: %,d events, %,d tracks; model fit %,d ms%n", users, days,
                events.size(), similarity.trackIds().size(), (System.nanoTime() - fitStart) / 1_000_000);
        pass(events, null);
        pass(events, similarity);
        double local = pass(events, null);
        double full = pass(events, similarity);
        System.out.printf("mood, context, engagement, catalog genres: %,.0f events/s (%.2f µs/event)%n", local, 1e6 / local);
        System.out.printf("  + neighbour genres and similar tracks:   %,.0f events/s (%.2f µs/event)%n", full, 1e6 / full);
        return 0;
    }

    /** Events per second through a fresh pipeline; results are dropped as they come, as the writer takes them. */
    private static double pass(List<ListenEvent> events, ItemItemSimilarity similarity) {
        EnrichmentPipeline pipeline = new EnrichmentPipeline(new Catalog());
        if (similarity != null) {
            pipeline.useSimilarity(similarity);
        }
        double checksum = 0;
        long start = System.nanoTime();
        for (ListenEvent e : events) {
            checksum += pipeline.enrich(e).engagementScore();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return checksum < 0 ? 0 : events.size() / seconds;
    }

}
