package dev.earshot.recommend;

import java.util.List;

/** A way to recommend: fit it on the listening so far, then ask the fitted model for each listener's top N. */
public interface Recommender {
    /** Short and stable, as the API and the reports name the model. */
    String name();

    Model fit(Interactions interactions);

    /** A fitted model: immutable, so many threads may ask it at once while a refit builds the next one. */
    interface Model {
        /**
         * The {@code n} best tracks for the listener that they have not played yet, best first, each with why;
         * empty for a listener the model never saw.
         */
        List<Recommendation> recommend(String userId, int n);
    }
}
