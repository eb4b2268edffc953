package dev.earshot.recommend;

import java.util.List;

/** The models Earshot evaluates and may serve, with the settings chosen on the simulator (see the README). */
public final class Recommenders {
    static final int NEIGHBOURS = 50;
    static final double SHRINK = 3;
    static final int ALS_FACTORS = 32;
    static final double ALS_ALPHA = 10;
    static final double ALS_LAMBDA = 1;
    static final int ALS_ITERATIONS = 10;
    static final long ALS_SEED = 42;

    private Recommenders() {
    }

    public static List<Recommender> candidates() {
        return List.of(new PopularityRecommender(), itemKnn(), als());
    }

    public static Recommender itemKnn() {
        return new ItemKnnRecommender(NEIGHBOURS, SHRINK);
    }

    public static Recommender als() {
        return new AlsRecommender(ALS_FACTORS, ALS_ALPHA, ALS_LAMBDA, ALS_ITERATIONS, ALS_SEED);
    }
}
