package dev.earshot.recommend;

import dev.earshot.enrich.CoListeningMatrix;
import dev.earshot.enrich.ItemItemTopK;

/** A listener's top N from a score for every track, leaving out what they have already played. */
final class Ranking {
    private Ranking() {
    }

    /**
     * The {@code n} best tracks above {@code floor} that the user has not played, best first. Played tracks
     * are set to minus infinity in {@code scores}, so pass a scratch array.
     */
    static int[] top(float[] scores, Interactions data, int user, int n, float floor) {
        CoListeningMatrix played = data.byUser();
        for (int p = played.start()[user]; p < played.start()[user + 1]; p++) {
            scores[played.cols()[p]] = Float.NEGATIVE_INFINITY;
        }
        return top(scores, n, floor);
    }

    /** The {@code n} best of the first {@code count} {@code candidates} by score, best first. */
    static int[] top(float[] scores, int[] candidates, int count, int n) {
        ItemItemTopK top = new ItemItemTopK(n);
        for (int i = 0; i < count; i++) {
            top.offer(candidates[i], scores[candidates[i]]);
        }
        return drain(top);
    }

    /** The indices of the {@code n} best scores above {@code floor}, best first, ties to the lower index. */
    static int[] top(float[] scores, int n, float floor) {
        ItemItemTopK top = new ItemItemTopK(n);
        for (int t = 0; t < scores.length; t++) {
            if (scores[t] > floor) {
                top.offer(t, scores[t]);
            }
        }
        return drain(top);
    }

    private static int[] drain(ItemItemTopK top) {
        int[] items = new int[top.size()];
        top.drainBestFirst(items, new float[items.length]);
        return items;
    }
}
