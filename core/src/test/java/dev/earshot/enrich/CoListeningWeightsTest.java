package dev.earshot.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.event.EventType;
import dev.earshot.event.ListenEvent;
import dev.earshot.event.Platform;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CoListeningWeightsTest {
    private static final Instant T = Instant.parse("2025-03-03T12:00:00Z");

    private static ListenEvent event(String user, String track, EventType type, Long msPlayed) {
        return new ListenEvent("e", type, user, track, T, null, Platform.SPOTIFY, null, null, null, msPlayed,
                null, null, null, null);
    }

    private static double weight(EventType type, Long msPlayed) {
        return CoListeningWeights.weight(event("u", "t", type, msPlayed));
    }

    @Test
    void deliberateActsOutweighListeningWhichOutweighsSkipping() {
        assertThat(weight(EventType.LIKE, null)).isGreaterThan(weight(EventType.COMPLETE, 200_000L));
        assertThat(weight(EventType.SHARE, null)).isGreaterThan(weight(EventType.COMPLETE, 200_000L));
        assertThat(weight(EventType.COMPLETE, 200_000L)).isGreaterThan(weight(EventType.SKIP, 90_000L));
        assertThat(weight(EventType.SKIP, 90_000L)).isGreaterThan(weight(EventType.SKIP, 5_000L));
        assertThat(weight(EventType.LIKE, null)).isGreaterThan(weight(EventType.SKIP, 5_000L));
    }

    @Test
    void anEarlySkipTakesBackItsPlay() {
        assertThat(weight(EventType.PLAY, null) + weight(EventType.SKIP, 5_000L)).isZero();
        assertThat(weight(EventType.PLAY, null) + weight(EventType.COMPLETE, 200_000L)).isEqualTo(1.0);
    }

    @Test
    void aSkipOfUnknownLengthAndPausesSayNothing() {
        assertThat(weight(EventType.SKIP, null)).isZero();
        assertThat(weight(EventType.PAUSE, 1_000L)).isZero();
        assertThat(weight(EventType.RESUME, 1_000L)).isZero();
    }

    @Test
    void earlySkippedTracksDoNotLinkTheirListeners() {
        CoListeningCounts c = new CoListeningCounts();
        for (String user : new String[] {"u1", "u2"}) {
            c.add(event(user, "loved", EventType.PLAY, null));
            c.add(event(user, "loved", EventType.COMPLETE, 200_000L));
            c.add(event(user, "rejected", EventType.PLAY, null));
            c.add(event(user, "rejected", EventType.SKIP, 4_000L));
            c.add(event(user, "kept", EventType.PLAY, null));
            c.add(event(user, "kept", EventType.LIKE, null));
        }
        ItemItemSimilarity s = c.fit(10);
        assertThat(s.neighbours("loved")).extracting(ItemItemNeighbour::trackId).containsExactly("kept");
        assertThat(s.listeners("rejected")).isZero();
    }
}
