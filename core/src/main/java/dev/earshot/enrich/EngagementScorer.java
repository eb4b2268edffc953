package dev.earshot.enrich;

import dev.earshot.event.ListenEvent;

/**
 * How engaged the listener was with the track at this event, in [0, 1]:
 * <pre>
 *   score = min(1, base(event type, completion) + 0.01 × min(session tracks − 1, 10))
 *
 *   share 1.0 · like, add_to_playlist 0.9 · complete 0.8 · play, resume 0.5 · unlike 0.0
 *   pause 0.2 + 0.4 × completion  (0.4 when completion is unknown)
 *   skip  0.5 × completion, but 0 when skipped within 30 s  (0.2 when unknown)
 * </pre>
 * Completion is ms played (else the position) over the duration (the event's, else the catalog's), clamped
 * to [0, 1]. Explicit acts say the most, so they score highest; a skip says less the later it comes, and an
 * early skip is the common definition of rejection (Spotify counts a stream only after 30 s). Deep in a
 * session the listener is engaged with listening as such, which adds up to 0.1.
 */
public final class EngagementScorer {
    static final long EARLY_SKIP_MS = 30_000;

    public double score(ListenEvent e, Long catalogDurationMs, int sessionTracks) {
        Long played = e.msPlayed() != null ? e.msPlayed() : e.positionMs();
        Long duration = e.durationMs() != null ? e.durationMs() : catalogDurationMs;
        double completion = played == null || duration == null || duration <= 0
                ? Double.NaN : Math.min(1, Math.max(0, played / (double) duration));
        double depth = 0.01 * Math.min(Math.max(sessionTracks - 1, 0), 10);
        return Math.min(1, base(e, played, completion) + depth);
    }

    private static double base(ListenEvent e, Long played, double completion) {
        boolean unknown = Double.isNaN(completion);
        return switch (e.eventType()) {
            case SHARE -> 1.0;
            case LIKE, ADD_TO_PLAYLIST -> 0.9;
            case COMPLETE -> 0.8;
            case PLAY, RESUME -> 0.5;
            case UNLIKE -> 0.0;
            case PAUSE -> unknown ? 0.4 : 0.2 + 0.4 * completion;
            case SKIP -> played != null && played < EARLY_SKIP_MS ? 0 : unknown ? 0.2 : 0.5 * completion;
        };
    }
}
