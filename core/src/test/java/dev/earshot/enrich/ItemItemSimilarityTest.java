package dev.earshot.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ItemItemSimilarityTest {
    /**
     * Raw weights are given as expm1(x), so that after the model's log(1 + w) each user's weight is exactly x.
     * Track vectors over (u1, u2, u3): A = (1, 1, 0), B = (1, 1, 0), C = (0, 2, 1), D = (0, 0, 1).
     */
    private static CoListeningCounts tiny() {
        CoListeningCounts c = new CoListeningCounts();
        c.add("u1", "A", Math.expm1(1));
        c.add("u1", "B", Math.expm1(1));
        c.add("u2", "A", Math.expm1(1));
        c.add("u2", "B", Math.expm1(1));
        c.add("u2", "C", Math.expm1(2));
        c.add("u3", "C", Math.expm1(1));
        c.add("u3", "D", Math.expm1(1));
        c.add("u4", "A", -0.5);
        return c;
    }

    private static double shrink(int shared) {
        return shared / (shared + ItemItemFit.SHRINK);
    }

    @Test
    void cosineOverListenersShrunkBySharedListeners() {
        ItemItemSimilarity s = tiny().fit(50);
        List<ItemItemNeighbour> a = s.neighbours("A");
        assertThat(a).extracting(ItemItemNeighbour::trackId).containsExactly("B", "C");
        assertThat(a.get(0).similarity()).isCloseTo(1.0 * shrink(2), within(1e-6));
        assertThat(a.get(1).similarity()).isCloseTo(2 / Math.sqrt(2 * 5) * shrink(1), within(1e-6));
        assertThat(s.neighbours("D")).extracting(ItemItemNeighbour::trackId).containsExactly("C");
        assertThat(s.neighbours("D").get(0).similarity()).isCloseTo(1 / Math.sqrt(5) * shrink(1), within(1e-6));
    }

    @Test
    void listenersCountOnlyPositiveEngagement() {
        ItemItemSimilarity s = tiny().fit(50);
        assertThat(s.listeners("A")).isEqualTo(2);
        assertThat(s.listeners("D")).isEqualTo(1);
        assertThat(s.listeners("never-heard")).isZero();
        assertThat(s.neighbours("never-heard")).isEmpty();
    }

    @Test
    void keepsOnlyTheBestKNeighbours() {
        assertThat(tiny().fit(1).neighbours("A")).extracting(ItemItemNeighbour::trackId).containsExactly("B");
    }

    @Test
    void sameEventsGiveTheSameSnapshot() {
        ItemItemSimilarity first = tiny().fit(50);
        ItemItemSimilarity second = tiny().fit(50);
        for (String id : List.of("A", "B", "C", "D")) {
            assertThat(second.neighbours(id)).isEqualTo(first.neighbours(id));
        }
    }

    @Test
    void topKBreaksTiesBySmallerIndex() {
        ItemItemTopK top = new ItemItemTopK(2);
        top.offer(5, 0.5f);
        top.offer(3, 0.5f);
        top.offer(9, 0.9f);
        top.offer(1, 0.1f);
        int[] items = new int[2];
        float[] scores = new float[2];
        top.drainBestFirst(items, scores);
        assertThat(items).containsExactly(9, 3);
        assertThat(scores).containsExactly(0.9f, 0.5f);
    }
}
