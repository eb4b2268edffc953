package dev.earshot.recommend;

import dev.earshot.enrich.CoListeningMatrix;
import dev.earshot.enrich.ItemItemFit;
import dev.earshot.enrich.ListenerCap;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Item-based neighbourhood model: each track keeps its {@code neighbours} most similar tracks by shrunk cosine
 * over the interaction matrix (the similar-tracks fit); a listener's score for a track is the sum, over their
 * own tracks, of their engagement r times the similarity. The reason names the track that added most.
 * The similarities are fitted on each listener's {@code listenerCap} most engaged tracks only ({@link ListenerCap}):
 * the fit costs the sum over listeners of their tracks squared, which one heavy listener would otherwise own;
 * scoring still reads every track the listener played.
 */
public final class ItemKnnRecommender implements Recommender {
    public static final String NAME = "item-knn";

    private final int neighbours;
    private final double shrink;
    private final int listenerCap;

    public ItemKnnRecommender(int neighbours, double shrink, int listenerCap) {
        this.neighbours = neighbours;
        this.shrink = shrink;
        this.listenerCap = listenerCap;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Model fit(Interactions data) {
        ListenerCap.Matrices fitted = ListenerCap.apply(data.byUser(), data.byTrack(), listenerCap);
        return new Fitted(data, ItemItemFit.fit(fitted.byUser(), fitted.byTrack(), neighbours, shrink));
    }

    private static final class Fitted implements Model {
        private final Interactions data;
        private final ItemItemFit.Neighbours similar;
        /** Idle scratch arrays: as many as requests ever ran at once, not one per server thread. */
        private final Queue<KnnScratch> idle = new ConcurrentLinkedQueue<>();

        Fitted(Interactions data, ItemItemFit.Neighbours similar) {
            this.data = data;
            this.similar = similar;
        }

        @Override
        public List<Recommendation> recommend(String userId, int n) {
            int user = data.user(userId);
            if (user < 0) {
                return List.of();
            }
            CoListeningMatrix rows = data.byUser();
            KnnScratch polled = idle.poll();
            KnnScratch s = polled != null ? polled : new KnnScratch(data.tracks());
            try {
                accumulate(rows, user, s);
                List<Recommendation> out = new ArrayList<>(n);
                for (int t : Ranking.top(s.scores, s.touched, s.count, n)) {
                    out.add(new Recommendation(data.trackId(t), s.scores[t],
                            List.of(Reason.becauseYouPlayed(data.trackId(s.because[t])))));
                }
                return out;
            } finally {
                s.clear(rows.cols(), rows.start()[user], rows.start()[user + 1]);
                idle.offer(s);
            }
        }

        private void accumulate(CoListeningMatrix rows, int user, KnnScratch s) {
            for (int p = rows.start()[user]; p < rows.start()[user + 1]; p++) {
                s.played[rows.cols()[p]] = true;
            }
            for (int p = rows.start()[user]; p < rows.start()[user + 1]; p++) {
                int played = rows.cols()[p];
                int[] items = similar.items()[played];
                float[] similarity = similar.scores()[played];
                for (int q = 0; q < items.length; q++) {
                    s.add(items[q], rows.weights()[p] * similarity[q], played);
                }
            }
        }
    }
}
