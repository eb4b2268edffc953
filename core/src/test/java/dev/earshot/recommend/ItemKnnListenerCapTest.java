package dev.earshot.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A heavy listener's least engaged tracks give the item-kNN fit no similarity; scoring still knows they were played. */
class ItemKnnListenerCapTest {
    private static Interactions data() {
        InteractionsBuilder b = new InteractionsBuilder();
        for (int i = 0; i < 600; i++) {
            b.add("heavy", "t" + i, 600 - i);
        }
        b.add("light", "t550", 1);
        return b.build();
    }

    @Test
    void tracksPastTheCapLendNoNeighbours() {
        assertThat(new ItemKnnRecommender(10, 0, 500).fit(data()).recommend("light", 5)).isEmpty();
    }

    @Test
    void withinTheCapEveryTrackCounts() {
        assertThat(new ItemKnnRecommender(10, 0, 600).fit(data()).recommend("light", 5)).hasSize(5);
    }
}
