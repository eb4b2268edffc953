package dev.earshot.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Genre weights being summed into a distribution. Catalog genre lists are read as ordered by relevance
 * (the simulator and Spotify's artist genres put the main one first), so the genre at rank r gets a share
 * proportional to 1/r: one genre is certain, two split 2/3 and 1/3.
 */
final class GenreDistribution {
    /** Genres below this probability are too faint to report. */
    static final double REPORT_FLOOR = 0.05;
    static final int REPORT_MAX = 5;

    private final Map<String, Double> weights = new LinkedHashMap<>();
    private double total;

    /** Adds {@code weight} spread over an ordered catalog genre list. */
    void addRanked(List<String> genres, double weight) {
        double norm = 0;
        for (int r = 1; r <= genres.size(); r++) {
            norm += 1.0 / r;
        }
        for (int r = 1; r <= genres.size(); r++) {
            add(genres.get(r - 1), weight / r / norm);
        }
    }

    void add(String genre, double weight) {
        weights.merge(genre, weight, Double::sum);
        total += weight;
    }

    boolean isEmpty() {
        return total <= 0;
    }

    double share(String genre) {
        return total <= 0 ? 0 : weights.getOrDefault(genre, 0.0) / total;
    }

    Iterable<String> genres() {
        return weights.keySet();
    }

    /** The reportable genres, most likely first (ties by name), with their shares of the total. */
    List<GenreProbability> toProbabilities() {
        List<GenreProbability> out = new ArrayList<>();
        weights.forEach((g, w) -> out.add(new GenreProbability(g, Math.min(1, w / total))));
        out.sort(Comparator.comparingDouble(GenreProbability::p).reversed().thenComparing(GenreProbability::genre));
        List<GenreProbability> kept = new ArrayList<>();
        for (GenreProbability gp : out) {
            if (kept.size() < REPORT_MAX && (kept.isEmpty() || gp.p() >= REPORT_FLOOR)) {
                kept.add(gp);
            }
        }
        return kept;
    }
}
