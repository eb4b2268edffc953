package dev.earshot.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.recommend.Interactions;
import dev.earshot.recommend.InteractionsBuilder;
import dev.earshot.recommend.ItemKnnRecommender;
import dev.earshot.recommend.PopularityRecommender;
import dev.earshot.recommend.Recommenders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a fit is served: reasons in words with catalog titles, and popularity for listeners the model lacks. */
class ServedTest {
    private static Served served(Map<String, TrackTitle> titles) {
        InteractionsBuilder b = new InteractionsBuilder();
        for (String u : List.of("u1", "u2", "u3")) {
            b.add(u, "A", 1).add(u, "B", 1).add(u, "C", 1);
        }
        Interactions data = b.add("u4", "D", 1).add("me", "A", 1).add("me", "D", 1).build();
        return new Served(ItemKnnRecommender.NAME, data, Recommenders.itemKnn().fit(data),
                new PopularityRecommender().fit(data), titles);
    }

    @Test
    void namesTheListenersTrackByTitleAndArtist() {
        Served s = served(Map.of("A", new TrackTitle("Alpha", "Ann"), "B", new TrackTitle("Beta", "Bob")));
        UserRecommendations answer = s.personal("me", 1);
        assertThat(answer.model()).isEqualTo("item-knn");
        UserRecommendations.Item item = answer.items().get(0);
        assertThat(item.trackId()).isIn("B", "C");
        assertThat(item.reasons()).containsExactly("because you played Alpha by Ann");
    }

    @Test
    void fallsBackToTheTrackIdWhenTheCatalogHasNoTitle() {
        UserRecommendations answer = served(Map.of()).personal("me", 1);
        assertThat(answer.items().get(0).title()).isNull();
        assertThat(answer.items().get(0).reasons()).containsExactly("because you played A");
    }

    @Test
    void servesPopularTracksToListenersTheModelDoesNotKnow() {
        Served s = served(Map.of());
        assertThat(s.personal("newcomer", 2)).isNull();
        assertThat(s.knows("newcomer")).isFalse();
        UserRecommendations answer = s.popular("newcomer", 1);
        assertThat(answer.model()).isEqualTo("popularity");
        assertThat(answer.items()).extracting(UserRecommendations.Item::trackId).containsExactly("A");
        assertThat(answer.items().get(0).reasons()).containsExactly("popular with listeners");
    }
}
