package dev.earshot.sources.listenbrainz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.earshot.sources.Listen;
import dev.earshot.sources.RefusedException;
import dev.earshot.support.CleanMessages;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Any bytes as a ListenBrainz {@code submit-listens} body: a submission within ListenBrainz's limits, or a 400
 * {@link RefusedException} whose message names no internals. Any other exception would escape as a 500.
 */
class SubmissionFuzzTest {
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    // Jazzer 0.24 takes a fuzzing run's length only from here (no property or configuration parameter).
    @FuzzTest(maxDuration = "60s")
    void parse(FuzzedDataProvider data) {
        byte[] body = data.consumeRemainingAsBytes();
        Submission s;
        try {
            s = Submission.parse(body, NOW);
        } catch (RefusedException refused) {
            if (refused.status() != 400) {
                throw new AssertionError("refused with " + refused.status() + ": " + refused.getMessage());
            }
            CleanMessages.check(refused.getMessage(), new String(body, StandardCharsets.UTF_8));
            return;
        }
        int count = s.listens().size() + s.playingNow().size();
        if (count < 1 || count > Submission.MAX_LISTENS) {
            throw new AssertionError(count + " listens accepted");
        }
        if (s.playingNow().size() != s.playingNowPlatforms().size()) {
            throw new AssertionError("a playing-now song without its platform");
        }
        for (Listen l : s.listens()) {
            long at = l.startedAt().getEpochSecond();
            if (at < Submission.LISTEN_MINIMUM_TS || l.startedAt().isAfter(NOW.plus(Submission.MAX_FUTURE))) {
                throw new AssertionError("a listen accepted at " + l.startedAt());
            }
        }
    }
}
