package dev.earshot.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Tracks by how they sound: audio feature vectors standardised per feature (so tempo in BPM does not drown
 * valence in 0..1), then compared by cosine. A brute-force scan, a few microseconds per thousand tracks; it
 * is only asked about cold tracks, for which co-listening says too little.
 */
final class SimilarAudioIndex {
    private final List<String> trackIds = new ArrayList<>();
    private final List<double[]> vectors = new ArrayList<>();
    private final double[] mean;
    private final double[] scale;

    /** Indexes the tracks whose features are known; all known vectors must have the same length. */
    SimilarAudioIndex(List<String> candidates, Function<String, double[]> features) {
        List<double[]> raw = new ArrayList<>();
        for (String id : candidates) {
            double[] f = features.apply(id);
            if (f != null) {
                trackIds.add(id);
                raw.add(f);
            }
        }
        int dims = raw.isEmpty() ? 0 : raw.get(0).length;
        mean = new double[dims];
        scale = new double[dims];
        fitScale(raw);
        raw.forEach(f -> vectors.add(standardise(f)));
    }

    /** The {@code n} indexed tracks that sound most like {@code features}, best first, {@code trackId} left out. */
    List<ItemItemNeighbour> nearest(String trackId, double[] features, int n) {
        if (vectors.isEmpty()) {
            // Built before any track had features (a catalog imported after the model): nothing to compare with.
            return List.of();
        }
        double[] q = standardise(features);
        ItemItemTopK top = new ItemItemTopK(n + 1);
        for (int i = 0; i < vectors.size(); i++) {
            top.offer(i, (float) dot(q, vectors.get(i)));
        }
        int[] items = new int[top.size()];
        float[] scores = new float[top.size()];
        top.drainBestFirst(items, scores);
        List<ItemItemNeighbour> out = new ArrayList<>(n);
        for (int i = 0; i < items.length && out.size() < n; i++) {
            if (!trackIds.get(items[i]).equals(trackId)) {
                out.add(new ItemItemNeighbour(trackIds.get(items[i]), scores[i]));
            }
        }
        return out;
    }

    private void fitScale(List<double[]> raw) {
        for (double[] f : raw) {
            checkLength(f);
            for (int d = 0; d < mean.length; d++) {
                mean[d] += f[d] / raw.size();
            }
        }
        for (double[] f : raw) {
            for (int d = 0; d < mean.length; d++) {
                scale[d] += (f[d] - mean[d]) * (f[d] - mean[d]) / raw.size();
            }
        }
        for (int d = 0; d < mean.length; d++) {
            // A feature with no spread carries no information; a unit scale keeps it harmless.
            scale[d] = scale[d] > 0 ? Math.sqrt(scale[d]) : 1;
        }
    }

    /** Standardised and scaled to unit length, so that a dot product is the cosine. */
    private double[] standardise(double[] f) {
        checkLength(f);
        double[] z = new double[f.length];
        double norm = 0;
        for (int d = 0; d < f.length; d++) {
            z[d] = (f[d] - mean[d]) / scale[d];
            norm += z[d] * z[d];
        }
        norm = Math.sqrt(norm);
        for (int d = 0; d < f.length && norm > 0; d++) {
            z[d] /= norm;
        }
        return z;
    }

    private void checkLength(double[] f) {
        if (f.length != mean.length) {
            throw new IllegalArgumentException("audio feature vectors must all have " + mean.length
                    + " values, got " + f.length);
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int d = 0; d < a.length; d++) {
            s += a[d] * b[d];
        }
        return s;
    }
}
