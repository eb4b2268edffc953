package dev.earshot.simulations;

import dev.earshot.event.EventType;
import dev.earshot.event.ListenEvent;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps a live feed's listeners at a human pace. A feed plays days of simulated listening in minutes, so played
 * as generated one listener would hear hours of music an hour. Here each listener's tracks take as long live as
 * they played (a track's end comes {@code ms_played} after its start), and a listener starts a track only when
 * the previous one is over: at most sixty minutes of music an hour. A listener whose next track would have to
 * wait more than {@link #HORIZON_NANOS} behind the feed's clock skips the rest of that session instead of
 * building an ever longer queue; the feed then sends fewer events than its rate, which is a ceiling.
 */
final class HumanPace {
    /** How far behind the feed's clock a listener may fall before a session of theirs is left out. */
    static final long HORIZON_NANOS = 5L * 60 * 1_000_000_000L;

    private static final class Listener {
        long trackStart = Long.MIN_VALUE;
        long busyUntil = Long.MIN_VALUE;
        long last = Long.MIN_VALUE;
        String droppedSession;
    }

    private final Map<String, Listener> listeners = new HashMap<>();
    private long dropped;

    /**
     * When (on the feed's nanosecond clock) the event may go out, no earlier than {@code due}, the moment the
     * feed's rate would send it; -1 when it is left out with the rest of its session.
     */
    long slot(ListenEvent e, long due) {
        Listener l = listeners.computeIfAbsent(e.userId(), u -> new Listener());
        String session = e.sessionId();
        if (session != null && session.equals(l.droppedSession)) {
            dropped++;
            return -1;
        }
        long at;
        if (e.eventType() == EventType.PLAY) {
            at = Math.max(due, Math.max(l.busyUntil, l.last));
            if (at - due > HORIZON_NANOS) {
                l.droppedSession = session;
                dropped++;
                return -1;
            }
            l.trackStart = at;
        } else if (e.msPlayed() != null && l.trackStart != Long.MIN_VALUE) {
            at = Math.max(Math.max(due, l.last), l.trackStart + e.msPlayed() * 1_000_000L);
            l.busyUntil = at;
        } else {
            at = Math.max(due, l.last);
        }
        l.last = at;
        return at;
    }

    /** Events left out so far, so that the feed's status can say how many. */
    long dropped() {
        return dropped;
    }
}
