package dev.earshot.recommend;

import dev.earshot.enrich.CoListeningMatrix;
import dev.earshot.enrich.ItemItemFit;
import java.util.ArrayList;
import java.util.List;

/**
 * Item-based neighbourhood model: each track keeps its {@code neighbours} most similar tracks by shrunk cosine
 * over the interaction matrix (the similar-tracks fit); a listener's score for a track is the sum, over their
 * own tracks, of their engagement r times the similarity. The reason names the track that added most.
 */
public final class ItemKnnRecommender implements Recommender {
    public static final String NAME = "item-knn";

    private final int neighbours;
    private final double shrink;

    public ItemKnnRecommender(int neighbours, double shrink) {
        this.neighbours = neighbours;
        this.shrink = shrink;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Model fit(Interactions data) {
        return new Fitted(data, ItemItemFit.fit(data.byUser(), data.byTrack(), neighbours, shrink));
    }

    private record Fitted(Interactions data, ItemItemFit.Neighbours similar) implements Model {
        @Override
        public List<Recommendation> recommend(String userId, int n) {
            int user = data.user(userId);
            if (user < 0) {
                return List.of();
            }
            float[] scores = new float[data.tracks()];
            float[] strongest = new float[data.tracks()];
            int[] because = new int[data.tracks()];
            accumulate(user, scores, strongest, because);
            List<Recommendation> out = new ArrayList<>(n);
            for (int t : Ranking.top(scores, data, user, n, 0)) {
                out.add(new Recommendation(data.trackId(t), scores[t],
                        List.of(Reason.becauseYouPlayed(data.trackId(because[t])))));
            }
            return out;
        }

        private void accumulate(int user, float[] scores, float[] strongest, int[] because) {
            CoListeningMatrix rows = data.byUser();
            for (int p = rows.start()[user]; p < rows.start()[user + 1]; p++) {
                int played = rows.cols()[p];
                int[] items = similar.items()[played];
                float[] similarity = similar.scores()[played];
                for (int q = 0; q < items.length; q++) {
                    float added = rows.weights()[p] * similarity[q];
                    scores[items[q]] += added;
                    if (added > strongest[items[q]]) {
                        strongest[items[q]] = added;
                        because[items[q]] = played;
                    }
                }
            }
        }
    }
}
