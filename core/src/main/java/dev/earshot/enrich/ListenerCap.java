package dev.earshot.enrich;

import java.util.Arrays;

/**
 * Caps each listener's contribution to the item-item fit at their {@code cap} most engaged tracks (ties: the
 * track seen first), so that the fit's cost — the sum over listeners of their distinct tracks squared — cannot be
 * dominated by one heavy listener's history. Listeners within the cap keep every pair, untouched.
 */
final class ListenerCap {
    private ListenerCap() {
    }

    /** The pairs kept: all of them when no listener passes {@code cap}, else a filtered copy. */
    static CoListeningPairs apply(CoListeningPairs pairs, CoListeningMatrix byUser, int cap) {
        float[] threshold = new float[byUser.rows()];
        int[] lastTrackAtThreshold = new int[byUser.rows()];
        boolean any = false;
        for (int u = 0; u < byUser.rows(); u++) {
            if (byUser.length(u) > cap) {
                any = true;
                cut(byUser, u, cap, threshold, lastTrackAtThreshold);
            } else {
                threshold[u] = Float.NEGATIVE_INFINITY;
            }
        }
        if (!any) {
            return pairs;
        }
        CoListeningPairs kept = new CoListeningPairs();
        pairs.forEach((user, track, w) -> {
            if (w > 0 && keeps(user, track, (float) Math.log1p(w), threshold, lastTrackAtThreshold)) {
                kept.add(user, track, w);
            }
        });
        return kept;
    }

    private static boolean keeps(int user, int track, float weight, float[] threshold, int[] lastTrack) {
        float t = threshold[user];
        return weight > t || (weight == t && track <= lastTrack[user]);
    }

    /**
     * The listener's {@code cap}-th best weight, and among the tracks at exactly that weight the highest index
     * still kept, so that exactly {@code cap} tracks pass {@link #keeps}.
     */
    private static void cut(CoListeningMatrix byUser, int u, int cap, float[] threshold, int[] lastTrack) {
        int from = byUser.start()[u];
        int to = byUser.start()[u + 1];
        float[] sorted = Arrays.copyOfRange(byUser.weights(), from, to);
        Arrays.sort(sorted);
        float t = sorted[sorted.length - cap];
        int above = 0;
        for (int p = from; p < to; p++) {
            if (byUser.weights()[p] > t) {
                above++;
            }
        }
        int[] tied = new int[to - from];
        int n = 0;
        for (int p = from; p < to; p++) {
            if (byUser.weights()[p] == t) {
                tied[n++] = byUser.cols()[p];
            }
        }
        Arrays.sort(tied, 0, n);
        threshold[u] = t;
        lastTrack[u] = tied[cap - above - 1];
    }
}
