package dev.earshot.recommendations;

import dev.earshot.recommend.Interactions;
import dev.earshot.recommend.PopularityRecommender;
import dev.earshot.recommend.Reason;
import dev.earshot.recommend.Recommendation;
import dev.earshot.recommend.Recommender;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One fit as it is served: the chosen model, popularity for listeners the model has no row for (they listened
 * only before the window, or since the fit), and the titles of every track either may name. Immutable.
 */
record Served(String model, Interactions data, Recommender.Model fitted, PopularityRecommender.Fitted popularity,
              Map<String, TrackTitle> titles) {

    /** Whether the user listened within the window the model was fitted on. */
    boolean knows(String userId) {
        return data.user(userId) >= 0;
    }

    /** The model's recommendations, or null when it has none for this user (it never saw them, say). */
    UserRecommendations personal(String userId, int limit) {
        List<Recommendation> recs = fitted.recommend(userId, limit);
        return recs.isEmpty() ? null : new UserRecommendations(userId, model, items(recs));
    }

    /** The most popular tracks the user has not played. */
    UserRecommendations popular(String userId, int limit) {
        List<Recommendation> recs = knows(userId) ? popularity.recommend(userId, limit) : popularity.overall(limit);
        return new UserRecommendations(userId, PopularityRecommender.NAME, items(recs));
    }

    private List<UserRecommendations.Item> items(List<Recommendation> recs) {
        List<UserRecommendations.Item> out = new ArrayList<>(recs.size());
        for (Recommendation r : recs) {
            TrackTitle t = titles.getOrDefault(r.trackId(), new TrackTitle(null, null));
            out.add(new UserRecommendations.Item(r.trackId(), t.title(), t.artist(), r.score(),
                    r.reasons().stream().map(this::words).toList()));
        }
        return out;
    }

    private String words(Reason reason) {
        return switch (reason.kind()) {
            case BECAUSE_YOU_PLAYED -> "because you played " + name(reason.trackId());
            case LISTENERS_LIKE_YOU -> "popular with listeners like you";
            case POPULAR -> "popular with listeners";
        };
    }

    /** "Title by Artist" as far as the catalog knows it; the track id when it knows no title. */
    private String name(String trackId) {
        TrackTitle t = titles.get(trackId);
        if (t == null || t.title() == null) {
            return trackId;
        }
        return t.artist() == null ? t.title() : t.title() + " by " + t.artist();
    }
}
