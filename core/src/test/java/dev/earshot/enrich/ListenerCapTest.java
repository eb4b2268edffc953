package dev.earshot.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One heavy listener contributes their most engaged tracks to the fit, and no more; everyone else is untouched. */
class ListenerCapTest {
    private static CoListeningCounts counts() {
        CoListeningCounts counts = new CoListeningCounts();
        for (int i = 0; i < 600; i++) {
            counts.add("heavy", "t" + i, 600 - i);
        }
        for (String light : new String[] {"a", "b"}) {
            counts.add(light, "t0", 1);
            counts.add(light, "t599", 1);
        }
        return counts;
    }

    @Test
    void aHeavyListenersLeastEngagedTracksLeaveTheFit() {
        ItemItemSimilarity capped = counts().fit(10, 500);
        // t550 was played by the heavy listener alone, below their 500 most engaged tracks: no evidence left.
        assertThat(capped.neighbours("t550")).isEmpty();
        assertThat(capped.neighbours("t1")).isNotEmpty();
        // t599 keeps the light listeners' evidence, and the listener count still counts the heavy one.
        assertThat(capped.neighbours("t599")).extracting(ItemItemNeighbour::trackId).contains("t0");
        assertThat(capped.listeners("t550")).isEqualTo(1);
        assertThat(capped.listeners("t599")).isEqualTo(3);
    }

    @Test
    void listenersWithinTheCapGiveTheSameFitAsNoCap() {
        ItemItemSimilarity wide = counts().fit(10, 1_000);
        ItemItemSimilarity exact = counts().fit(10, 600);
        assertThat(wide.neighbours("t550")).isNotEmpty();
        for (String t : new String[] {"t0", "t1", "t550", "t599"}) {
            assertThat(exact.neighbours(t)).isEqualTo(wide.neighbours(t));
        }
    }

    @Test
    void tiesAtTheCapKeepTheTracksSeenFirst() {
        CoListeningCounts counts = new CoListeningCounts();
        for (String t : new String[] {"x", "y", "z"}) {
            counts.add("u", t, 2);
        }
        counts.add("v", "x", 1);
        counts.add("v", "z", 1);
        ItemItemSimilarity capped = counts.fit(10, 2);
        // u keeps x and y; z's only neighbour left is x, through v.
        assertThat(capped.neighbours("y")).extracting(ItemItemNeighbour::trackId).containsExactly("x");
        assertThat(capped.neighbours("z")).extracting(ItemItemNeighbour::trackId).containsExactly("x");
    }
}
