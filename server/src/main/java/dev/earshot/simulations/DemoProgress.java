package dev.earshot.simulations;

import dev.earshot.store.StateFiles;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * How far the demo load got. The dashboard shows it on every page (a banner while it loads, and with the reason
 * when it stopped), and it is kept beside the database after every batch, so that a load that stopped for any
 * reason resumes where it stopped on the next start instead of leaving a silently partial history.
 */
public final class DemoProgress {
    /** For a server started without {@code --demo}: nothing to show. */
    public static final DemoProgress OFF = new DemoProgress(StateFiles.NONE, false);
    static final String FILE = "demo-load";

    public enum State { LOADING, COMPLETE, STOPPED }

    /**
     * As kept beside the database: the demo's last day (its worlds are generated up to it, so a resumed load must
     * generate the same ones), the world being loaded, how many of its generated events were stored in batches
     * already, and the events stored in all.
     */
    public record Saved(LocalDate end, int world, long generated, long stored, State state, String reason) {
    }

    /** As GET /v1/simulations shows it under "demo"; {@code state} is loading, complete or stopped. */
    public record View(String state, String reason, int worldsDone, int worlds, long eventsStored, boolean resumed) {
    }

    private final StateFiles files;
    private final boolean on;
    private volatile Saved saved;
    private volatile int worlds;
    private volatile boolean resumed;

    private DemoProgress(StateFiles files, boolean on) {
        this.files = files;
        this.on = on;
    }

    /** The progress kept beside the database, if a demo load ever started there. */
    public static DemoProgress open(StateFiles files) {
        DemoProgress p = new DemoProgress(files, true);
        p.saved = files.read(FILE, Saved.class).orElse(null);
        return p;
    }

    /** What was kept from an earlier start, or empty for a first start. */
    Optional<Saved> kept() {
        return Optional.ofNullable(saved);
    }

    void started(LocalDate end, int worldCount, boolean resuming) {
        worlds = worldCount;
        resumed = resuming;
        Saved s = saved;
        keep(resuming && s != null ? new Saved(s.end(), s.world(), s.generated(), s.stored(), State.LOADING, null)
                : new Saved(end, 0, 0, 0, State.LOADING, null));
    }

    void batch(int world, long generated, long stored) {
        keep(new Saved(saved.end(), world, generated, stored, State.LOADING, null));
    }

    void complete(int worldCount) {
        worlds = worldCount;
        Saved s = saved;
        keep(new Saved(s == null ? null : s.end(), worldCount, 0, s == null ? 0 : s.stored(), State.COMPLETE, null));
    }

    void stopped(String reason) {
        Saved s = saved;
        keep(new Saved(s == null ? null : s.end(), s == null ? 0 : s.world(), s == null ? 0 : s.generated(),
                s == null ? 0 : s.stored(), State.STOPPED, reason));
    }

    /** True while a demo load is under way (not before it starts, nor once it completed or stopped). */
    public boolean loading() {
        Saved s = saved;
        return on && s != null && s.state() == State.LOADING;
    }

    public Optional<View> view() {
        Saved s = saved;
        if (!on || s == null) {
            return Optional.empty();
        }
        return Optional.of(new View(s.state().name().toLowerCase(Locale.ROOT), s.reason(), s.state() == State.COMPLETE ? worlds : s.world(), worlds,
                s.stored(), resumed));
    }

    private void keep(Saved next) {
        saved = next;
        files.write(FILE, next);
    }
}
