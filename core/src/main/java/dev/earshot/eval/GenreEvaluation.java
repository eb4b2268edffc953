package dev.earshot.eval;

import dev.earshot.enrich.CoListeningCounts;
import dev.earshot.enrich.GenrePredictor;
import dev.earshot.enrich.ItemItemSimilarity;
import dev.earshot.enrich.SimilarTracks;
import dev.earshot.event.ListenEvent;
import dev.earshot.simulate.AudioProfile;
import dev.earshot.simulate.Scenario;
import dev.earshot.simulate.SimTrack;
import dev.earshot.simulate.Simulation;
import dev.earshot.simulate.SimulationConfig;
import dev.earshot.simulate.TruthRecorder;
import dev.earshot.simulate.World;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Measures genre prediction against the simulator's truth: a seeded share of the world's tracks lose their
 * catalog genres, the co-listening model is built from the run's events, and each hidden track's predicted
 * top genre is compared with its true genre. {@code earshot eval enrich}
 * prints the figures.
 */
public final class GenreEvaluation {
    static final double HIDDEN_SHARE = 0.2;
    static final int NEIGHBOURS = 50;

    private GenreEvaluation() {
    }

    /** The spotify scenario without inline metadata: the events say nothing of genres. */
    public static SimulationConfig config(int users, int days, long seed) {
        return SimulationConfig.of(Scenario.named("spotify"), users, days, seed, LocalDate.of(2025, 3, 10))
                .withInlineMetadata(false);
    }

    public static GenreEvaluationReport run(SimulationConfig config) {
        World world = World.generate(config);
        List<ListenEvent> events = Simulation.events(world, TruthRecorder.NONE);
        Map<String, SimTrack> byId = byId(world);
        Map<String, SimTrack> hidden = hide(world, config.seed());
        Function<String, List<String>> catalog = id -> hidden.containsKey(id) || !byId.containsKey(id)
                ? List.of() : byId.get(id).metadata().genres();
        long start = System.nanoTime();
        CoListeningCounts counts = new CoListeningCounts();
        counts.addAll(events);
        long counted = System.nanoTime();
        ItemItemSimilarity similarity = counts.fit(NEIGHBOURS);
        long fitted = System.nanoTime();
        GenrePredictor predictor = new GenrePredictor(similarity, catalog);
        GenreScoring scoring = new GenreScoring(majority(world, hidden));
        long queried = System.nanoTime();
        hidden.forEach((id, track) -> scoring.score(similarity.listeners(id), track.genre().wire(), predictor.predict(id)));
        double micros = (System.nanoTime() - queried) / 1e3 / Math.max(1, hidden.size());
        return new GenreEvaluationReport(scoring.buckets(), scoring.majority(), events.size(),
                similarity.trackIds().size(), Duration.ofNanos(counted - start), Duration.ofNanos(fitted - counted), micros,
                similarCheck(similarity, byId, hidden));
    }

    /** Similar tracks of the hidden tracks: time per query, and how often an answer shares the true genre. */
    private static GenreEvaluationReport.SimilarCheck similarCheck(ItemItemSimilarity similarity,
                                                                   Map<String, SimTrack> byId, Map<String, SimTrack> hidden) {
        SimilarTracks similar = new SimilarTracks(similarity, id -> byId.containsKey(id) ? features(byId.get(id)) : null);
        long answers = 0;
        long sameGenre = 0;
        long started = System.nanoTime();
        for (Map.Entry<String, SimTrack> e : hidden.entrySet()) {
            for (String id : similar.similar(e.getKey())) {
                answers++;
                sameGenre += byId.get(id).genre() == e.getValue().genre() ? 1 : 0;
            }
        }
        double micros = (System.nanoTime() - started) / 1e3 / Math.max(1, hidden.size());
        return new GenreEvaluationReport.SimilarCheck(micros, (double) sameGenre / Math.max(1, answers));
    }

    private static double[] features(SimTrack t) {
        AudioProfile a = t.audio();
        return new double[] {a.danceability(), a.energy(), a.valence(), a.tempo(), a.acousticness(),
                a.instrumentalness(), a.speechiness(), a.loudness()};
    }

    /** The hidden tracks by each of their platform ids, in catalog order; a seeded draw, not the first ones. */
    private static Map<String, SimTrack> hide(World world, long seed) {
        SplittableRandom r = new SplittableRandom(seed ^ 0x6E9E);
        Map<String, SimTrack> hidden = new LinkedHashMap<>();
        for (SimTrack t : world.catalog().tracks()) {
            if (r.nextDouble() < HIDDEN_SHARE) {
                t.ids().values().stream().sorted().forEach(id -> hidden.put(id, t));
            }
        }
        return hidden;
    }

    private static Map<String, SimTrack> byId(World world) {
        Map<String, SimTrack> byId = new HashMap<>();
        world.catalog().tracks().forEach(t -> t.ids().values().forEach(id -> byId.put(id, t)));
        return byId;
    }

    /** The most common main genre of the tracks whose genres the predictor may see. */
    private static String majority(World world, Map<String, SimTrack> hidden) {
        Map<String, Integer> counts = new TreeMap<>();
        for (SimTrack t : world.catalog().tracks()) {
            if (t.ids().values().stream().noneMatch(hidden::containsKey)) {
                counts.merge(t.genre().wire(), 1, Integer::sum);
            }
        }
        return Collections.max(counts.entrySet(), Map.Entry.comparingByValue()).getKey();
    }
}
