package dev.earshot.recommend;

import dev.earshot.enrich.CoListeningCounts;
import java.util.List;

/**
 * The models Earshot evaluates and may serve. Settings were tuned on the simulator's seed 42 (1,000 Spotify
 * listeners, 28 days) and checked on seed 7: item-kNN gains a little from more neighbours and more shrinkage
 * than similar tracks use; ALS wants strong regularisation and low confidence scaling on log-engagement.
 */
public final class Recommenders {
    static final int NEIGHBOURS = 200;
    static final double SHRINK = 10;
    static final int ALS_FACTORS = 32;
    static final double ALS_ALPHA = 1;
    static final double ALS_LAMBDA = 30;
    static final int ALS_ITERATIONS = 10;
    static final long ALS_SEED = 42;

    private Recommenders() {
    }

    public static List<Recommender> candidates() {
        return List.of(new PopularityRecommender(), itemKnn(), als());
    }

    public static Recommender itemKnn() {
        return itemKnn(CoListeningCounts.MAX_TRACKS_PER_LISTENER);
    }

    /** Item-kNN with each listener's fit contribution capped at {@code listenerCap} tracks (the bench compares caps). */
    public static Recommender itemKnn(int listenerCap) {
        return new ItemKnnRecommender(NEIGHBOURS, SHRINK, listenerCap);
    }

    public static Recommender als() {
        return new AlsRecommender(ALS_FACTORS, ALS_ALPHA, ALS_LAMBDA, ALS_ITERATIONS, ALS_SEED);
    }
}
