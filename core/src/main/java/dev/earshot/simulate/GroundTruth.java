package dev.earshot.simulate;

import dev.earshot.event.EventType;
import dev.earshot.event.ListenEvent;
import dev.earshot.vocab.ListeningContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the simulator knows and the events do not say, collected during a run: each session's true context,
 * and each listener's held-out future listens (the skips and completions of held-out sessions), for
 * recommendation evaluation. The world itself holds the rest (true genres, moods, tastes, emerging artists).
 */
public final class GroundTruth implements TruthRecorder {
    private final List<SessionTruth> sessions = new ArrayList<>();
    private final List<List<HeldOutListen>> heldOut = new ArrayList<>();

    public GroundTruth(World world) {
        for (int i = 0; i < world.users().size(); i++) {
            heldOut.add(new ArrayList<>());
        }
    }

    /** The truth of one session. */
    public record SessionTruth(String sessionId, String userId, ListeningContext context, Instant start, boolean heldOut) {
    }

    /** One held-out listen: the track, when it ended, whether it was completed or skipped, and how much played. */
    public record HeldOutListen(String trackId, Instant timestamp, EventType outcome, long msPlayed) {
    }

    @Override
    public void session(SimUser user, Session s) {
        sessions.add(new SessionTruth(s.id(), user.id(), s.context(), Instant.ofEpochMilli(s.startMillis()), s.heldOut()));
    }

    @Override
    public void heldOut(SimUser user, ListenEvent e) {
        if (e.eventType() == EventType.COMPLETE || e.eventType() == EventType.SKIP) {
            heldOut.get(user.index()).add(new HeldOutListen(e.trackId(), e.timestamp(), e.eventType(), e.msPlayed()));
        }
    }

    public List<SessionTruth> sessions() {
        return sessions;
    }

    /** The held-out listens of the user with this index, in time order. */
    public List<HeldOutListen> heldOut(int userIndex) {
        return heldOut.get(userIndex);
    }
}
