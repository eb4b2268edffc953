package dev.earshot.enrich;

import java.util.Arrays;

/**
 * Caps each listener's contribution to the item-item fit at their {@code cap} most engaged tracks (ties: the
 * track seen first), so that the fit's cost — the sum over listeners of their distinct tracks squared — cannot be
 * dominated by one heavy listener's history. Listeners within the cap keep every pair, untouched.
 */
public final class ListenerCap {
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

    /** A user-by-track matrix and its transpose, as the item-item fit reads them. */
    public record Matrices(CoListeningMatrix byUser, CoListeningMatrix byTrack) {
    }

    /**
     * The same cut as {@link #apply}, on matrices already built (the recommender's): each listener's row keeps
     * their {@code cap} best tracks, and the by-track side is rebuilt from the kept rows. Unchanged matrices when
     * no listener passes {@code cap}, so that their fit stays exactly what it was.
     */
    public static Matrices apply(CoListeningMatrix byUser, CoListeningMatrix byTrack, int cap) {
        int users = byUser.rows();
        float[] threshold = new float[users];
        int[] lastTrackAtThreshold = new int[users];
        int[] start = new int[users + 1];
        boolean any = false;
        for (int u = 0; u < users; u++) {
            if (byUser.length(u) > cap) {
                any = true;
                cut(byUser, u, cap, threshold, lastTrackAtThreshold);
            } else {
                threshold[u] = Float.NEGATIVE_INFINITY;
            }
            start[u + 1] = start[u] + Math.min(cap, byUser.length(u));
        }
        if (!any) {
            return new Matrices(byUser, byTrack);
        }
        int[] cols = new int[start[users]];
        float[] weights = new float[start[users]];
        int[] perTrack = new int[byTrack.rows() + 1];
        for (int u = 0, q = 0; u < users; u++) {
            for (int p = byUser.start()[u]; p < byUser.start()[u + 1]; p++) {
                if (keeps(u, byUser.cols()[p], byUser.weights()[p], threshold, lastTrackAtThreshold)) {
                    cols[q] = byUser.cols()[p];
                    weights[q++] = byUser.weights()[p];
                    perTrack[byUser.cols()[p] + 1]++;
                }
            }
        }
        CoListeningMatrix kept = new CoListeningMatrix(start, cols, weights);
        return new Matrices(kept, transpose(kept, perTrack));
    }

    /** {@code rowsPerColumn[c + 1]} holds how many rows have column c; rows stay in order within each column. */
    private static CoListeningMatrix transpose(CoListeningMatrix m, int[] rowsPerColumn) {
        int columns = rowsPerColumn.length - 1;
        for (int c = 0; c < columns; c++) {
            rowsPerColumn[c + 1] += rowsPerColumn[c];
        }
        int[] next = rowsPerColumn.clone();
        int[] cols = new int[m.cols().length];
        float[] weights = new float[m.cols().length];
        for (int r = 0; r < m.rows(); r++) {
            for (int p = m.start()[r]; p < m.start()[r + 1]; p++) {
                int q = next[m.cols()[p]]++;
                cols[q] = r;
                weights[q] = m.weights()[p];
            }
        }
        return new CoListeningMatrix(rowsPerColumn, cols, weights);
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
