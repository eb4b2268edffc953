package dev.earshot.recommend;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/**
 * Matrix factorisation for implicit feedback (Hu, Koren and Volinsky 2008): every listener and track gets
 * {@code factors} taste factors, fitted by {@code iterations} sweeps of alternating least squares
 * ({@link AlsSweep}); a listener's score for a track is the dot product of the two. Track factors start from
 * small Gaussian noise drawn from {@code seed}, so a fit is reproducible.
 */
public final class AlsRecommender implements Recommender {
    public static final String NAME = "als";

    private final int factors;
    private final int iterations;
    private final long seed;
    private final AlsSweep sweep;

    public AlsRecommender(int factors, double alpha, double lambda, int iterations, long seed) {
        if (factors < 1 || iterations < 1 || alpha <= 0 || lambda <= 0) {
            throw new IllegalArgumentException("ALS needs factors, iterations, alpha and lambda above zero");
        }
        this.factors = factors;
        this.iterations = iterations;
        this.seed = seed;
        this.sweep = new AlsSweep(alpha, lambda);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Model fit(Interactions data) {
        DMatrixRMaj users = new DMatrixRMaj(data.users(), factors);
        DMatrixRMaj tracks = new DMatrixRMaj(data.tracks(), factors);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < tracks.data.length; i++) {
            tracks.data[i] = 0.01 * random.nextGaussian();
        }
        for (int it = 0; it < iterations; it++) {
            sweep.solve(data.byUser(), tracks, users);
            sweep.solve(data.byTrack(), users, tracks);
        }
        return new Fitted(data, users, tracks);
    }

    private record Fitted(Interactions data, DMatrixRMaj users, DMatrixRMaj tracks) implements Model {
        @Override
        public List<Recommendation> recommend(String userId, int n) {
            int user = data.user(userId);
            if (user < 0) {
                return List.of();
            }
            float[] scores = scores(user);
            List<Recommendation> out = new ArrayList<>(n);
            for (int t : Ranking.top(scores, data, user, n, Float.NEGATIVE_INFINITY)) {
                out.add(new Recommendation(data.trackId(t), scores[t], List.of(Reason.LISTENERS_LIKE_YOU)));
            }
            return out;
        }

        private float[] scores(int user) {
            int f = users.numCols;
            float[] scores = new float[data.tracks()];
            for (int t = 0; t < scores.length; t++) {
                double dot = 0;
                for (int k = 0; k < f; k++) {
                    dot += users.data[user * f + k] * tracks.data[t * f + k];
                }
                scores[t] = (float) dot;
            }
            return scores;
        }
    }
}
