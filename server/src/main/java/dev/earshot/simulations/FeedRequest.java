package dev.earshot.simulations;

import dev.earshot.simulate.Scenario;
import dev.earshot.simulate.SimulationConfig;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A request to start a live feed: which scenario, how many listeners, how many events per second and the
 * seed. {@link #config()} checks the values and gives the simulation they describe.
 *
 * <p>{@code listeners} says whose listening it is. Left out, the feed's listeners are people of its own: their
 * ids are {@code <feed id>-u0, <feed id>-u1, …}, so two feeds (or a feed and the demo) never blend strangers
 * into one listener. {@code "demo"} replays the demo's Spotify world under its own ids {@code u0, u1, …} (what
 * the demo's live trickle does on purpose, so the same people keep listening); scenario, users, seed and days
 * left out then default to that world's.
 */
public record FeedRequest(String scenario, Integer users, Double rate, Long seed, Integer days, String listeners) {
    public static final int MAX_USERS = 100_000;
    public static final double MAX_RATE = 20_000;
    public static final String DEMO_LISTENERS = "demo";

    public FeedRequest {
        boolean demo = DEMO_LISTENERS.equals(listeners);
        if (listeners != null && !demo) {
            throw new IllegalArgumentException("listeners must be \"demo\" (replay the demo's listeners) or left out"
                    + " (listeners of the feed's own), got '" + listeners + "'");
        }
        scenario = scenario == null ? (demo ? DemoData.REPLAYED_SCENARIO : "spotify") : scenario;
        users = users == null ? (demo ? DemoData.REPLAYED_USERS : 1_000) : users;
        rate = rate == null ? 20.0 : rate;
        seed = seed == null ? (demo ? DemoData.REPLAYED_SEED : 42L) : seed;
        days = days == null ? (demo ? DemoData.DAYS : 7) : days;
        if (!List.of("spotify", "apple_music", "youtube_music").contains(scenario)) {
            throw new IllegalArgumentException("scenario must be spotify, apple_music or youtube_music, got '" + scenario
                    + "'; for a custom scenario run: earshot simulate --scenario custom --spec FILE --target URL");
        }
        if (users < 1 || users > MAX_USERS) {
            throw new IllegalArgumentException("users must be between 1 and " + MAX_USERS + ", got " + users);
        }
        if (!(rate > 0 && rate <= MAX_RATE)) {
            throw new IllegalArgumentException("rate must be above 0 and at most " + (int) MAX_RATE + " events/s, got " + rate);
        }
        if (days < 1 || days > 365) {
            throw new IllegalArgumentException("days must be between 1 and 365, got " + days);
        }
    }

    /** A feed of listeners of its own (the usual case). */
    public FeedRequest(String scenario, Integer users, Double rate, Long seed, Integer days) {
        this(scenario, users, rate, seed, days, null);
    }

    public boolean replaysDemo() {
        return DEMO_LISTENERS.equals(listeners);
    }

    /** The simulation behind the feed: its listening plays out live, re-stamped with the time it is sent. */
    public SimulationConfig config() {
        return SimulationConfig.of(Scenario.named(scenario), users, days, seed, LocalDate.now(ZoneOffset.UTC))
                .withHoldoutDays(0);
    }
}
