package dev.earshot.enrich;

/**
 * The fit step: cosine similarity between tracks' user vectors, computed track by track through the users
 * who played it (cost: the sum over users of their distinct tracks squared), shrunk by the number of shared
 * listeners {@code n} as {@code n / (n + shrink)} so that two tracks sharing one listener do not look alike
 * by accident, and cut to the best {@code k} per track. The recommenders fit it on the same matrices.
 */
public final class ItemItemFit {
    /** Shared listeners at which a similarity keeps half its cosine, for similar tracks. */
    public static final double SHRINK = 3;

    private final CoListeningMatrix byUser;
    private final CoListeningMatrix byTrack;
    private final double shrink;
    private final double[] norms;
    private final double[] dot;
    private final int[] shared;
    private final int[] touched;
    private final ItemItemTopK top;

    private ItemItemFit(CoListeningMatrix byUser, CoListeningMatrix byTrack, int k, double shrink) {
        int tracks = byTrack.rows();
        this.byUser = byUser;
        this.byTrack = byTrack;
        this.shrink = shrink;
        norms = new double[tracks];
        for (int i = 0; i < tracks; i++) {
            norms[i] = byTrack.norm(i);
        }
        dot = new double[tracks];
        shared = new int[tracks];
        touched = new int[tracks];
        top = new ItemItemTopK(k);
    }

    /** The best {@code k} neighbours of every track (the rows of {@code byTrack}), by shrunk cosine. */
    public static Neighbours fit(CoListeningMatrix byUser, CoListeningMatrix byTrack, int k, double shrink) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        return new ItemItemFit(byUser, byTrack, k, shrink).run();
    }

    /** Per track, its neighbours' indices and similarities, most similar first. */
    public record Neighbours(int[][] items, float[][] scores) {
    }

    private Neighbours run() {
        int tracks = norms.length;
        int[][] neighbours = new int[tracks][];
        float[][] scores = new float[tracks][];
        for (int i = 0; i < tracks; i++) {
            rank(i);
            neighbours[i] = new int[top.size()];
            scores[i] = new float[top.size()];
            top.drainBestFirst(neighbours[i], scores[i]);
        }
        return new Neighbours(neighbours, scores);
    }

    /** Fills the top-k heap with track i's neighbours, leaving the scratch arrays zeroed for the next track. */
    private void rank(int i) {
        int n = accumulate(i);
        top.clear();
        for (int t = 0; t < n; t++) {
            int j = touched[t];
            double cosine = dot[j] / (norms[i] * norms[j]);
            top.offer(j, (float) (cosine * shared[j] / (shared[j] + shrink)));
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
