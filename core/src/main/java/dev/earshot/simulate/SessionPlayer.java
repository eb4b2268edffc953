package dev.earshot.simulate;

import dev.earshot.event.EventType;
import java.util.SplittableRandom;

/**
 * Plays one session into events: for each track, play → (pause → resume)* → skip or complete, then like and
 * share at the end when they happen. Nothing at or after the period's end is emitted.
 */
final class SessionPlayer {
    private final SimUser user;
    private final TrackChooser chooser;
    private final PlatformProfile profile;
    private final EventFactory events;
    private final long endMillis;

    SessionPlayer(SimUser user, TrackChooser chooser, EventFactory events, long endMillis) {
        this.user = user;
        this.chooser = chooser;
        this.profile = PlatformProfile.of(user.platform());
        this.events = events;
        this.endMillis = endMillis;
    }

    /** Plays the session into the buffer and returns when it ended (epoch millis). */
    long play(Session s, SplittableRandom r, EventBuffer out) {
        long t = s.startMillis();
        int tracks = ContextHabits.drawTracks(s.context(), r);
        for (int i = 0; i < tracks && t < endMillis; i++) {
            SimTrack track = chooser.choose(user, s.context(), t, r);
            Listen listen = ListenBehaviour.draw(track, user.taste().match(track), user, profile, r);
            t = emit(s, track, listen, t, out);
            t += listen.skipped() ? 150 + r.nextInt(600) : r.nextInt(1500);
        }
        return t;
    }

    private long emit(Session s, SimTrack track, Listen l, long start, EventBuffer out) {
        add(out, EventType.PLAY, track, start, 0, null, s);
        long paused = 0;
        for (Listen.Pause p : l.pauses()) {
            add(out, EventType.PAUSE, track, start + paused + p.atMs(), p.atMs(), p.atMs(), s);
            paused += p.lengthMs();
            add(out, EventType.RESUME, track, start + paused + p.atMs(), p.atMs(), p.atMs(), s);
        }
        long end = start + l.playedMs() + paused;
        add(out, l.skipped() ? EventType.SKIP : EventType.COMPLETE, track, end, l.playedMs(), l.playedMs(), s);
        if (l.liked()) {
            add(out, EventType.LIKE, track, end, l.playedMs(), null, s);
        }
        if (l.shared()) {
            add(out, EventType.SHARE, track, end, l.playedMs(), null, s);
        }
        return end;
    }

    private void add(EventBuffer out, EventType type, SimTrack track, long millis, long position, Long msPlayed, Session s) {
        if (millis < endMillis) {
            out.add(events.event(type, track, millis, position, msPlayed, s), millis);
        }
    }
}
