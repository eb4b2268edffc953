package dev.earshot.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.earshot.event.EventType;
import dev.earshot.event.ListenEvent;
import dev.earshot.event.Platform;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EngagementScorerTest {
    private final EngagementScorer scorer = new EngagementScorer();

    static ListenEvent event(EventType type, Long msPlayed, Long durationMs) {
        return new ListenEvent("e1", type, "u1", "t1", Instant.parse("2025-03-04T08:00:00Z"), null,
                Platform.SPOTIFY, null, "s1", null, msPlayed, durationMs, null, null, null);
    }

    @ParameterizedTest(name = "{0} on the first track scores {1}")
    @CsvSource({"SHARE, 1.0", "LIKE, 0.9", "ADD_TO_PLAYLIST, 0.9", "COMPLETE, 0.8", "PLAY, 0.5", "RESUME, 0.5",
        "UNLIKE, 0.0"})
    void explicitActsScoreByTheirType(EventType type, double expected) {
        assertThat(scorer.score(event(type, null, 200_000L), null, 1)).isEqualTo(expected);
    }

    @Test
    void lateSkipScoresHalfItsCompletion() {
        // 0.5 × 120 000 / 200 000
        assertThat(scorer.score(event(EventType.SKIP, 120_000L, 200_000L), null, 1)).isCloseTo(0.3, within(1e-9));
    }

    @Test
    void skipWithinThirtySecondsScoresZero() {
        assertThat(scorer.score(event(EventType.SKIP, 29_999L, 200_000L), null, 1)).isZero();
    }

    @Test
    void skipOfUnknownCompletionScoresTheMiddleOfItsRange() {
        assertThat(scorer.score(event(EventType.SKIP, 60_000L, null), null, 1)).isEqualTo(0.2);
    }

    @Test
    void pauseScoresWithItsCompletion() {
        // 0.2 + 0.4 × 50 000 / 200 000
        assertThat(scorer.score(event(EventType.PAUSE, 50_000L, 200_000L), null, 1)).isCloseTo(0.3, within(1e-9));
        assertThat(scorer.score(event(EventType.PAUSE, null, null), null, 1)).isEqualTo(0.4);
    }

    @Test
    void usesTheCatalogDurationWhenTheEventHasNone() {
        // 0.5 × 150 000 / 300 000
        assertThat(scorer.score(event(EventType.SKIP, 150_000L, null), 300_000L, 1)).isCloseTo(0.25, within(1e-9));
    }

    @Test
    void completionIsCappedAtOne() {
        assertThat(scorer.score(event(EventType.SKIP, 400_000L, 200_000L), null, 1)).isEqualTo(0.5);
    }

    @Test
    void sessionDepthAddsAHundredthPerEarlierTrackUpToATenth() {
        assertThat(scorer.score(event(EventType.COMPLETE, null, null), null, 6)).isCloseTo(0.85, within(1e-9));
        assertThat(scorer.score(event(EventType.COMPLETE, null, null), null, 40)).isCloseTo(0.9, within(1e-9));
    }

    @Test
    void scoreNeverExceedsOne() {
        assertThat(scorer.score(event(EventType.SHARE, null, null), null, 40)).isEqualTo(1.0);
    }
}
