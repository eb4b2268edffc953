package dev.earshot.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SimilarTracksTest {
    /** Sounds: C and S alike; W, X and Y another kind of sound; "fresh" sounds like S but nobody heard it. */
    private static final Map<String, double[]> SOUND = Map.of(
            "C", new double[] {10, 0}, "S", new double[] {10, 0.2}, "fresh", new double[] {10, 0.18},
            "W", new double[] {0, 10}, "X", new double[] {0, 9}, "Y", new double[] {0, 10});

    /**
     * Thirty listeners play W and X; the first of them also played the cold track C; two others played S with
     * Y, and Y also with W, so every track is in the snapshot but S was never played beside C.
     */
    private static ItemItemSimilarity listening() {
        CoListeningCounts c = new CoListeningCounts();
        for (int u = 0; u < 30; u++) {
            c.add("u" + u, "W", 1);
            c.add("u" + u, "X", 1);
        }
        c.add("u0", "C", 1);
        c.add("v1", "S", 1);
        c.add("v1", "Y", 1);
        c.add("v2", "Y", 1);
        c.add("v2", "W", 1);
        return c.fit(50);
    }

    @Test
    void coldTrackBlendsInTracksThatSoundAlike() {
        SimilarTracks similar = new SimilarTracks(listening(), SOUND::get);
        assertThat(similar.similar("C")).contains("W", "X", "S").doesNotContain("C");
    }

    @Test
    void withoutFeaturesColdTrackKeepsToCoListening() {
        SimilarTracks similar = new SimilarTracks(listening(), id -> null);
        assertThat(similar.similar("C")).containsExactlyInAnyOrder("W", "X");
    }

    @Test
    void warmTrackAnswersFromCoListeningAlone() {
        SimilarTracks similar = new SimilarTracks(listening(), SOUND::get);
        assertThat(similar.similar("W")).startsWith("X").contains("C", "Y").doesNotContain("S");
    }

    @Test
    void trackNobodyHeardFindsItsSoundalikes() {
        SimilarTracks similar = new SimilarTracks(listening(), SOUND::get);
        assertThat(similar.similar("fresh")).startsWith("S", "C");
    }

    @Test
    void unknownStaysEmpty() {
        Function<String, double[]> noFeatures = id -> null;
        assertThat(new SimilarTracks(listening(), noFeatures).similar("nobody-heard-me")).isEmpty();
        assertThat(new SimilarTracks(listening(), SOUND::get).similar("nobody-heard-me")).isEmpty();
    }

    @Test
    void returnsAtMostTen() {
        CoListeningCounts c = new CoListeningCounts();
        for (int t = 0; t < 30; t++) {
            c.add("u", "t" + t, 1);
            c.add("v", "t" + t, 1);
        }
        assertThat(new SimilarTracks(c.fit(50), id -> null).similar("t0")).hasSize(SimilarTracks.TOP);
    }
}
