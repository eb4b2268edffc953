package dev.earshot.enrich;

/**
 * The fit step: cosine similarity between tracks' user vectors, computed track by track through the users
 * who played it (cost: the sum over users of their distinct tracks squared), shrunk by the number of shared
 * listeners {@code n} as {@code n / (n + SHRINK)} so that two tracks sharing one listener do not look alike
 * by accident, and cut to the best {@code k} per track.
 */
final class ItemItemFit {
    /** Shared listeners at which a similarity keeps half its cosine. */
    static final double SHRINK = 3;

    private final CoListeningMatrix byUser;
    private final CoListeningMatrix byTrack;
    private final double[] norms;
    private final double[] dot;
    private final int[] shared;
    private final int[] touched;
    private final ItemItemTopK top;

    private ItemItemFit(CoListeningCounts counts, int k) {
        int tracks = counts.trackIds().size();
        byUser = CoListeningMatrix.byUser(counts.users(), counts.pairs());
        byTrack = CoListeningMatrix.byTrack(tracks, counts.pairs());
        norms = new double[tracks];
        for (int i = 0; i < tracks; i++) {
            norms[i] = byTrack.norm(i);
        }
        dot = new double[tracks];
        shared = new int[tracks];
        touched = new int[tracks];
        top = new ItemItemTopK(k);
    }

    static ItemItemSimilarity fit(CoListeningCounts counts, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        return new ItemItemFit(counts, k).run(counts);
    }

    private ItemItemSimilarity run(CoListeningCounts counts) {
        int tracks = norms.length;
        int[][] neighbours = new int[tracks][];
        float[][] scores = new float[tracks][];
        int[] listeners = new int[tracks];
        for (int i = 0; i < tracks; i++) {
            rank(i);
            neighbours[i] = new int[top.size()];
            scores[i] = new float[top.size()];
            top.drainBestFirst(neighbours[i], scores[i]);
            listeners[i] = byTrack.length(i);
        }
        return new ItemItemSimilarity(counts.trackIds(), neighbours, scores, listeners);
    }

    /** Fills the top-k heap with track i's neighbours, leaving the scratch arrays zeroed for the next track. */
    private void rank(int i) {
        int n = accumulate(i);
        top.clear();
        for (int t = 0; t < n; t++) {
            int j = touched[t];
            double cosine = dot[j] / (norms[i] * norms[j]);
            top.offer(j, (float) (cosine * shared[j] / (shared[j] + SHRINK)));
            dot[j] = 0;
            shared[j] = 0;
        }
    }

    /** Sums w(u,i)·w(u,j) over the users u of track i; returns how many tracks j were reached. */
    private int accumulate(int i) {
        int n = 0;
        for (int p = byTrack.start()[i]; p < byTrack.start()[i + 1]; p++) {
            int user = byTrack.cols()[p];
            float wi = byTrack.weights()[p];
            for (int q = byUser.start()[user]; q < byUser.start()[user + 1]; q++) {
                int j = byUser.cols()[q];
                if (j != i) {
                    if (shared[j] == 0) {
                        touched[n++] = j;
                    }
                    dot[j] += wi * byUser.weights()[q];
                    shared[j]++;
                }
            }
        }
        return n;
    }
}
