package dev.earshot.enrich;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * What we know of one listening session so far: when and where (local time) it started, how many tracks it
 * has played, and the mean traits of its tracks. The local time is of the session's start, since that is
 * when the listener chose to listen and why. Mutable, owned by one {@link Sessions}.
 */
public final class SessionState {
    /** Sessions rarely pass this many tracks, so the mean is in effect over the whole session. */
    private static final int SESSION_MEMORY = 50;

    private final int localHour;
    private final DayOfWeek day;
    private final boolean zoneKnown;
    private final ListenerBaseline listener;
    private final RunningMeans traits = new RunningMeans(TrackTraits.COUNT, SESSION_MEMORY);
    private long lastMillis;
    private int tracks;

    SessionState(Instant start, ZoneId zone, ListenerBaseline listener) {
        this.listener = listener;
        this.lastMillis = start.toEpochMilli();
        this.zoneKnown = zone != null;
        ZonedDateTime local = start.atZone(zoneKnown ? zone : ZoneOffset.UTC);
        this.localHour = local.getHour();
        this.day = local.getDayOfWeek();
    }

    void seen(long millis) {
        lastMillis = Math.max(lastMillis, millis);
    }

    /** A new track started; its traits (see {@link TrackTraits}) are NaN where unknown. */
    void trackStarted(double[] traits) {
        tracks++;
        listener.add(traits);
        this.traits.add(traits);
    }

    public int localHour() {
        return localHour;
    }

    public DayOfWeek day() {
        return day;
    }

    public boolean weekend() {
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    /** False when the location gave no zone and local time is really UTC. */
    public boolean zoneKnown() {
        return zoneKnown;
    }

    /** Tracks started so far; at least 1 once any event arrived, since a session is about some track. */
    public int tracks() {
        return Math.max(1, tracks);
    }

    /** How far the session's mean trait lies above the listener's usual (−1..1), or NaN while unknown. */
    public double aboveUsual(int trait) {
        return traits.mean(trait) - listener.usual(trait);
    }

    /** The listener's usual: their music and their devices. */
    ListenerBaseline listener() {
        return listener;
    }

    long lastMillis() {
        return lastMillis;
    }
}
