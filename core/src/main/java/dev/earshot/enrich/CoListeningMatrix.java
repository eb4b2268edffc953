package dev.earshot.enrich;

/**
 * The engagement pairs as a compressed sparse row matrix, by user or by track: row {@code r} holds
 * {@code cols[start[r] .. start[r+1])} with their weights. Weights are {@code log(1 + total)}, so a track played
 * twenty times counts more than one played once, but not twenty times more; pairs with no positive total
 * are left out, since a rejected track is no evidence of shared taste.
 */
public record CoListeningMatrix(int[] start, int[] cols, float[] weights) {

    public static CoListeningMatrix byUser(int users, CoListeningPairs pairs) {
        return of(users, pairs, true);
    }

    public static CoListeningMatrix byTrack(int tracks, CoListeningPairs pairs) {
        return of(tracks, pairs, false);
    }

    public int rows() {
        return start.length - 1;
    }

    public int length(int row) {
        return start[row + 1] - start[row];
    }

    public double norm(int row) {
        double sum = 0;
        for (int p = start[row]; p < start[row + 1]; p++) {
            sum += (double) weights[p] * weights[p];
        }
        return Math.sqrt(sum);
    }

    private static CoListeningMatrix of(int rows, CoListeningPairs pairs, boolean byUser) {
        int[] start = new int[rows + 1];
        pairs.forEach((user, track, w) -> {
            if (w > 0) {
                start[(byUser ? user : track) + 1]++;
            }
        });
        for (int r = 0; r < rows; r++) {
            start[r + 1] += start[r];
        }
        int[] next = start.clone();
        int[] cols = new int[start[rows]];
        float[] weights = new float[start[rows]];
        pairs.forEach((user, track, w) -> {
            if (w > 0) {
                int p = next[byUser ? user : track]++;
                cols[p] = byUser ? track : user;
                weights[p] = (float) Math.log1p(w);
            }
        });
        return new CoListeningMatrix(start, cols, weights);
    }
}
