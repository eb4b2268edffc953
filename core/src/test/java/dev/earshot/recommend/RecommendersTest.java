package dev.earshot.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each model on a tiny hand-made matrix. Two taste groups: u1..u3 listen to A, B, C; u4..u6 to X, Y; everyone
 * has played the hit H. "me" played A and B and H: the tracks left are C (co-listened with A and B by the same
 * listeners), X and Y. R was rejected by "me" (an early skip), so it is not "played".
 */
class RecommendersTest {
    private static Interactions tiny() {
        InteractionsBuilder b = new InteractionsBuilder();
        for (String u : List.of("u1", "u2", "u3")) {
            b.add(u, "A", 1).add(u, "B", 1).add(u, "C", 1).add(u, "H", 1);
        }
        for (String u : List.of("u4", "u5", "u6")) {
            b.add(u, "X", 1).add(u, "Y", 1).add(u, "H", 1);
        }
        b.add("u4", "Z", 1).add("u5", "Z", 1).add("u6", "Z", 1).add("u1", "Z", 1);
        return b.add("me", "A", 1).add("me", "B", 0.5).add("me", "H", 1).add("me", "R", -0.25).build();
    }

    @Test
    void itemKnnRecommendsTheCoListenedTrackBecauseOfTheUsersStrongestTrack() {
        List<Recommendation> recs = new ItemKnnRecommender(10, 0, 500).fit(tiny()).recommend("me", 3);
        assertThat(recs.get(0).trackId()).isEqualTo("C");
        assertThat(recs.get(0).reasons()).containsExactly(Reason.becauseYouPlayed("A"));
        assertThat(recs).extracting(Recommendation::trackId).doesNotContain("A", "B", "H");
    }

    @Test
    void popularityRecommendsTheMostListenedTracksNotYetPlayed() {
        List<Recommendation> recs = new PopularityRecommender().fit(tiny()).recommend("me", 2);
        assertThat(recs).extracting(Recommendation::trackId).containsExactly("Z", "C");
        assertThat(recs.get(0).score()).isEqualTo(4);
        assertThat(recs.get(0).reasons()).containsExactly(Reason.POPULAR);
    }

    @Test
    void popularityServesListenersItHasNeverSeen() {
        PopularityRecommender.Fitted model = new PopularityRecommender().fit(tiny());
        assertThat(model.recommend("stranger", 2)).isEmpty();
        assertThat(model.overall(1)).extracting(Recommendation::trackId).containsExactly("H");
    }

    @Test
    void alsRanksTheTasteGroupsTrackFirst() {
        Recommender.Model model = new AlsRecommender(4, 10, 0.1, 15, 1).fit(tiny());
        List<Recommendation> recs = model.recommend("me", 4);
        assertThat(recs.get(0).trackId()).isEqualTo("C");
        assertThat(recs.get(0).reasons()).containsExactly(Reason.LISTENERS_LIKE_YOU);
        assertThat(recs).extracting(Recommendation::trackId).doesNotContain("A", "B", "H");
    }

    @Test
    void alsFitsTheSameModelFromTheSameSeed() {
        List<Recommendation> first = new AlsRecommender(4, 10, 0.1, 5, 7).fit(tiny()).recommend("u4", 5);
        List<Recommendation> second = new AlsRecommender(4, 10, 0.1, 5, 7).fit(tiny()).recommend("u4", 5);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void everyModelAnswersNothingForAListenerItNeverSaw() {
        for (Recommender r : Recommenders.candidates()) {
            assertThat(r.fit(tiny()).recommend("stranger", 5)).as(r.name()).isEmpty();
        }
    }

    @Test
    void aRejectedTrackIsNeitherEvidenceNorPlayed() {
        Interactions data = tiny();
        assertThat(data.byUser().length(data.user("me"))).isEqualTo(3);
        assertThat(data.byTrack().length(data.track("R"))).isZero();
    }
}
