package dev.earshot.eval;

import dev.earshot.catalog.Catalog;
import dev.earshot.enrich.Enricher;
import dev.earshot.enrich.Enrichment;
import dev.earshot.enrich.MoodAnalysis;
import dev.earshot.eval.SimulatedCatalog;
import dev.earshot.event.ListenEvent;
import dev.earshot.simulate.GroundTruth;
import dev.earshot.simulate.SimTrack;
import dev.earshot.simulate.Simulation;
import dev.earshot.simulate.SimulationConfig;
import dev.earshot.simulate.World;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures the local enrichers against a seeded simulation's ground truth: each event's mood against its
 * track's true mood, and its listening context against its session's true context, each beside the
 * majority-class baseline. Events are enriched in the order the simulator emits them (time order), as a
 * server would see them. {@code earshot eval enrich} prints
 * the figures.
 */
public final class EnrichmentEvaluation {
    /** Where the catalog comes from. */
    public enum Setup {
        /** Events carry track metadata inline; the catalog starts empty and fills from the events. */
        INLINE_METADATA,
        /** Bare events; the catalog is loaded up front, audio features included. */
        CATALOG_FEATURES,
        /** Bare events; the catalog knows genres but no audio features, so mood comes from genre priors. */
        CATALOG_GENRES_ONLY
    }

    /** The figures of one run; accuracies and coverage are shares of all events. */
    public record Figures(Setup setup, int events, double moodAccuracy, double moodBaseline, double moodCoverage,
                          double contextAccuracy, double contextBaseline, double eventsPerSecond) {
        @Override
        public String toString() {
            return String.format("%-20s %,9d events | mood %.1f%% (baseline %.1f%%, coverage %.1f%%) | "
                            + "context %.1f%% (baseline %.1f%%) | %,.0f events/s",
                    setup, events, 100 * moodAccuracy, 100 * moodBaseline, 100 * moodCoverage,
                    100 * contextAccuracy, 100 * contextBaseline, eventsPerSecond);
        }
    }

    private EnrichmentEvaluation() {
    }

    public static Figures evaluate(SimulationConfig config, Setup setup) {
        World world = World.generate(config.withInlineMetadata(setup == Setup.INLINE_METADATA));
        GroundTruth truth = new GroundTruth(world);
        List<ListenEvent> events = Simulation.events(world, truth);
        Enricher enricher = new Enricher(catalog(setup, world));
        Enrichment[] out = new Enrichment[events.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = enricher.enrich(events.get(i));
        }
        return score(setup, world, truth, events, out, eventsPerSecond(events, catalog(setup, world)));
    }

    private static Catalog catalog(Setup setup, World world) {
        return switch (setup) {
            case INLINE_METADATA -> new Catalog();
            case CATALOG_FEATURES -> SimulatedCatalog.of(world);
            case CATALOG_GENRES_ONLY -> SimulatedCatalog.withoutAudioFeatures(world);
        };
    }

    /**
     * A second pass on a fresh enricher, its results dropped as they come: the first pass warmed the JIT,
     * and keeping results would time the garbage collector more than the models.
     */
    private static double eventsPerSecond(List<ListenEvent> events, Catalog catalog) {
        Enricher enricher = new Enricher(catalog);
        double checksum = 0;
        long started = System.nanoTime();
        for (ListenEvent e : events) {
            checksum += enricher.enrich(e).engagementScore();
        }
        double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
        return checksum < 0 ? 0 : events.size() / seconds;
    }

    private static Figures score(Setup setup, World world, GroundTruth truth, List<ListenEvent> events,
                                 Enrichment[] out, double eventsPerSecond) {
        Map<String, String> trueMoods = new HashMap<>();
        for (SimTrack t : world.catalog().tracks()) {
            t.ids().values().forEach(id -> trueMoods.put(id, t.mood().wire()));
        }
        Map<String, String> trueContexts = new HashMap<>();
        truth.sessions().forEach(s -> trueContexts.put(s.sessionId(), s.context().wire()));
        Tally moods = new Tally();
        Tally contexts = new Tally();
        for (int i = 0; i < out.length; i++) {
            ListenEvent e = events.get(i);
            MoodAnalysis m = out[i].moodAnalysis();
            moods.add(m == null ? null : m.mood().wire(), trueMoods.get(e.trackId()));
            contexts.add(out[i].listeningContext().context().wire(), trueContexts.get(e.sessionId()));
        }
        return new Figures(setup, out.length, moods.accuracy(), moods.majorityBaseline(), moods.coverage(),
                contexts.accuracy(), contexts.majorityBaseline(), eventsPerSecond);
    }
}
