package dev.earshot.recommend;

import java.util.List;
import java.util.Set;

/**
 * Offline ranking metrics at a cut-off k, with binary relevance. A list shorter than k counts its missing
 * places as misses, so a model cannot look precise by answering less.
 */
public final class RankingMetrics {
    private RankingMetrics() {
    }

    /** Relevant items among the first k, over k. */
    public static double precision(List<String> ranked, Set<String> relevant, int k) {
        return hits(ranked, relevant, k) / (double) k;
    }

    /** Relevant items among the first k, over all relevant items (0 when there are none). */
    public static double recall(List<String> ranked, Set<String> relevant, int k) {
        return relevant.isEmpty() ? 0 : hits(ranked, relevant, k) / (double) relevant.size();
    }

    /**
     * DCG over IDCG: a hit at rank i (from 1) gains 1 / log2(i + 1); the ideal list puts min(k, |relevant|)
     * hits first. 0 when nothing is relevant.
     */
    public static double ndcg(List<String> ranked, Set<String> relevant, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                dcg += discount(i + 1);
            }
        }
        double ideal = 0;
        for (int i = 1; i <= Math.min(k, relevant.size()); i++) {
            ideal += discount(i);
        }
        return ideal == 0 ? 0 : dcg / ideal;
    }

    private static double discount(int rank) {
        return 1 / (Math.log(rank + 1) / Math.log(2));
    }

    private static int hits(List<String> ranked, Set<String> relevant, int k) {
        int hits = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                hits++;
            }
        }
        return hits;
    }
}
