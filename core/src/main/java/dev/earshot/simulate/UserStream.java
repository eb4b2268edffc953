package dev.earshot.simulate;

import dev.earshot.event.ContextType;
import dev.earshot.event.Device;
import dev.earshot.event.ListenEvent;
import dev.earshot.event.PlaybackContext;
import dev.earshot.vocab.ListeningContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.SplittableRandom;

/**
 * One listener's events in time order, generated lazily a session at a time, from the listener's own random
 * stream: what a user does never depends on the other users, so the merged output is stable.
 */
final class UserStream {
    private static final long GAP_BETWEEN_SESSIONS_MS = 5 * 60_000;

    private final SimUser user;
    private final Period period;
    private final TruthRecorder truth;
    private final SplittableRandom r;
    private final SessionPlayer player;
    private final PlatformProfile profile;
    private final String sessionPrefix;
    private final ArrayDeque<SessionPlan> plans = new ArrayDeque<>();
    private final EventBuffer buffer = new EventBuffer();
    private final LocalDate lastDate;
    private LocalDate date;
    private long freeAt;
    private int sessions;
    private long heldOutEvents;

    UserStream(World world, SimUser user, TrackChooser chooser, TruthRecorder truth) {
        this.user = user;
        this.period = world.period();
        this.truth = truth;
        this.r = Seeds.rng(world.seed(), 0x5E55, user.index());
        this.sessionPrefix = "sim" + world.seed() + "_" + user.id() + "_s";
        EventFactory events = new EventFactory(world.seed(), user, world.config().inlineMetadata());
        this.player = new SessionPlayer(user, chooser, events, period.end().toEpochMilli());
        this.profile = PlatformProfile.of(user.platform());
        this.date = localDate(period.start());
        this.lastDate = localDate(period.end().minusMillis(1));
        this.freeAt = period.start().toEpochMilli();
        refill();
    }

    SimUser user() {
        return user;
    }

    boolean hasNext() {
        return !buffer.isEmpty();
    }

    long headMillis() {
        return buffer.headMillis();
    }

    ListenEvent next() {
        ListenEvent e = buffer.take();
        if (buffer.isEmpty()) {
            refill();
        }
        return e;
    }

    int sessions() {
        return sessions;
    }

    long heldOutEvents() {
        return heldOutEvents;
    }

    private void refill() {
        buffer.clear();
        while (buffer.isEmpty() && nextPlan()) {
            playSession(plans.poll());
        }
    }

    private boolean nextPlan() {
        while (plans.isEmpty() && !date.isAfter(lastDate)) {
            plans.addAll(SessionPlanner.plan(user, date, r));
            date = date.plusDays(1);
        }
        return !plans.isEmpty();
    }

    private void playSession(SessionPlan plan) {
        if (plan.startMillis() < period.start().toEpochMilli()) {
            return;
        }
        long start = Math.max(plan.startMillis(), freeAt);
        if (start >= period.end().toEpochMilli()) {
            return;
        }
        boolean heldOut = start >= period.holdoutStart().toEpochMilli();
        Session s = new Session(sessionPrefix + ++sessions, start, plan.context(), device(plan.context()),
                playback(), heldOut);
        truth.session(user, s);
        freeAt = player.play(s, r, buffer) + GAP_BETWEEN_SESSIONS_MS;
        if (heldOut) {
            while (!buffer.isEmpty()) {
                truth.heldOut(user, buffer.take());
                heldOutEvents++;
            }
            buffer.clear();
        }
    }

    /** The device the context calls for when the listener owns it, most of the time; otherwise any of theirs. */
    private Device device(ListeningContext c) {
        Device wanted = ContextHabits.calledFor(c);
        boolean preferred = user.devices().contains(wanted) && r.nextDouble() < 0.7;
        return preferred ? wanted : user.devices().get(r.nextInt(user.devices().size()));
    }

    private PlaybackContext playback() {
        ContextType type = profile.drawContext(r);
        return new PlaybackContext(type, type.wire() + "_" + Long.toString(r.nextLong(1L << 40), 36));
    }

    private LocalDate localDate(Instant instant) {
        return instant.atZone(user.city().zone()).toLocalDate();
    }
}
