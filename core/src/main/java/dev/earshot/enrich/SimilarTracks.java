package dev.earshot.enrich;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The ten tracks most like a track. Listeners decide: co-listening neighbours first. A cold track (few
 * listeners) has few and noisy neighbours, so the tracks that sound most like it are blended in, weighted by
 * {@code 1 - trust} where {@code trust = listeners / (listeners + COLD_LISTENERS)}. Each source's scores are
 * divided by its own best first, since a cosine of sound and a cosine of listeners are on different scales.
 * A track nobody heard and with no known features gets an empty list: nothing is made up.
 */
public final class SimilarTracks {
    public static final int TOP = 10;
    /** Listeners at which co-listening and sound weigh the same. */
    static final double COLD_LISTENERS = 5;
    /** From this many listeners co-listening alone answers, and the audio scan is skipped. */
    static final int WARM_LISTENERS = 20;

    private final ItemItemSimilarity similarity;
    private final Function<String, double[]> features;
    private final SimilarAudioIndex audio;

    /** @param features a track id's audio features in a fixed order, or null when unknown */
    public SimilarTracks(ItemItemSimilarity similarity, Function<String, double[]> features) {
        this.similarity = similarity;
        this.features = features;
        this.audio = new SimilarAudioIndex(similarity.trackIds(), features);
    }

    public List<String> similar(String trackId) {
        int listeners = similarity.listeners(trackId);
        double trust = listeners / (listeners + COLD_LISTENERS);
        Map<String, Double> scores = new LinkedHashMap<>();
        blend(scores, similarity.neighbours(trackId), trust);
        double[] sound = listeners < WARM_LISTENERS ? features.apply(trackId) : null;
        if (sound != null) {
            blend(scores, audio.nearest(trackId, sound, TOP), 1 - trust);
        }
        return best(scores);
    }

    private static void blend(Map<String, Double> scores, List<ItemItemNeighbour> neighbours, double weight) {
        double top = neighbours.isEmpty() ? 0 : neighbours.get(0).similarity();
        if (top <= 0 || weight <= 0) {
            return;
        }
        for (ItemItemNeighbour n : neighbours) {
            if (n.similarity() > 0) {
                scores.merge(n.trackId(), weight * n.similarity() / top, Double::sum);
            }
        }
    }

    private static List<String> best(Map<String, Double> scores) {
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(scores.entrySet());
        ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return ranked.stream().limit(TOP).map(Map.Entry::getKey).toList();
    }
}
