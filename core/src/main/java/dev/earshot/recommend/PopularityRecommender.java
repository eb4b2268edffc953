package dev.earshot.recommend;

import java.util.ArrayList;
import java.util.List;

/**
 * The baseline: the tracks most listeners engaged with, the same list for everyone less what each has played.
 * Its fitted model also serves listeners a personal model has never seen.
 */
public final class PopularityRecommender implements Recommender {
    public static final String NAME = "popularity";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Fitted fit(Interactions data) {
        float[] listeners = new float[data.tracks()];
        for (int t = 0; t < listeners.length; t++) {
            listeners[t] = data.byTrack().length(t);
        }
        return new Fitted(data, listeners);
    }

    /** Listener counts per track. */
    public static final class Fitted implements Model {
        private final Interactions data;
        private final float[] listeners;

        private Fitted(Interactions data, float[] listeners) {
            this.data = data;
            this.listeners = listeners;
        }

        @Override
        public List<Recommendation> recommend(String userId, int n) {
            int user = data.user(userId);
            return user < 0 ? List.of() : ranked(Ranking.top(listeners.clone(), data, user, n, 0));
        }

        /** The {@code n} most popular tracks, for a listener the model has no row for. */
        public List<Recommendation> overall(int n) {
            return ranked(Ranking.top(listeners, n, 0));
        }

        private List<Recommendation> ranked(int[] tracks) {
            List<Recommendation> out = new ArrayList<>(tracks.length);
            for (int t : tracks) {
                out.add(new Recommendation(data.trackId(t), listeners[t], List.of(Reason.POPULAR)));
            }
            return out;
        }
    }
}
