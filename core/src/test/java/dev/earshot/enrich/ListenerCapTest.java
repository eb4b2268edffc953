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

    @Test
    void cappingBuiltMatricesKeepsThePairsTheEventSideKeeps() {
        CoListeningPairs pairs = new CoListeningPairs();
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        for (int i = 0; i < 5_000; i++) {
            pairs.add(random.nextInt(6), random.nextInt(300), 1 + random.nextInt(4));
        }
        CoListeningMatrix byUser = CoListeningMatrix.byUser(6, pairs);
        ListenerCap.Matrices capped = ListenerCap.apply(byUser, CoListeningMatrix.byTrack(300, pairs), 40);
        CoListeningPairs kept = ListenerCap.apply(pairs, byUser, 40);
        assertThat(triples(capped.byUser(), true)).isEqualTo(triples(CoListeningMatrix.byUser(6, kept), true));
        assertThat(triples(capped.byTrack(), false)).isEqualTo(triples(CoListeningMatrix.byUser(6, kept), true));
    }

    @Test
    void matricesWithinTheCapAreLeftAsTheyAre() {
        CoListeningPairs pairs = new CoListeningPairs();
        pairs.add(0, 0, 1);
        pairs.add(0, 1, 2);
        CoListeningMatrix byUser = CoListeningMatrix.byUser(1, pairs);
        CoListeningMatrix byTrack = CoListeningMatrix.byTrack(2, pairs);
        ListenerCap.Matrices same = ListenerCap.apply(byUser, byTrack, 2);
        assertThat(same.byUser()).isSameAs(byUser);
        assertThat(same.byTrack()).isSameAs(byTrack);
    }

    /** (user, track, weight) of every cell, sorted, whichever side the matrix is by. */
    private static java.util.List<String> triples(CoListeningMatrix m, boolean rowsAreUsers) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int r = 0; r < m.rows(); r++) {
            for (int p = m.start()[r]; p < m.start()[r + 1]; p++) {
                int user = rowsAreUsers ? r : m.cols()[p];
                int track = rowsAreUsers ? m.cols()[p] : r;
                out.add(user + "/" + track + "/" + m.weights()[p]);
            }
        }
        java.util.Collections.sort(out);
        return out;
    }
}
