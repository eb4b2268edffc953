package dev.earshot.simulations;

import com.fasterxml.jackson.databind.JsonNode;
import dev.earshot.simulate.CustomSpec;
import dev.earshot.simulate.CustomSpecReader;
import dev.earshot.simulate.Scenario;
import dev.earshot.simulate.SimulationConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
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
 *
 * <p>{@code "scenario": "custom"} takes a {@code spec}, the same JSON as {@code earshot simulate --spec}
 * (genre mix, platform mix, sessions per listener per day, and optionally users, days and inline metadata);
 * the request's own users and days win over the spec's. Its rate stays sessions per listener per day, the
 * request's rate events per second.
 *
 * <p>{@code catalog} says whose music they play: {@code "shared"} (the default) is the server's simulated
 * catalogue — the demo's Spotify world's tracks and artists, whatever the feed's seed — so that feeds add listening
 * to music the dashboard already knows instead of inventing artists that look like they came from nowhere
 * (Emerging artists filling with one feed's inventions); {@code "own"} draws a catalogue of the feed's own from
 * its seed. {@code rate} is a ceiling: listeners keep a human pace ({@link HumanPace}).
 */
public record FeedRequest(String scenario, Integer users, Double rate, Long seed, Integer days, String listeners,
                          JsonNode spec, String catalog) {
    public static final int MAX_USERS = 100_000;
    public static final double MAX_RATE = 20_000;
    public static final String DEMO_LISTENERS = "demo";
    public static final String SHARED_CATALOG = "shared";
    public static final String OWN_CATALOG = "own";

    public FeedRequest {
        catalog = catalog == null ? SHARED_CATALOG : catalog;
        if (!catalog.equals(SHARED_CATALOG) && !catalog.equals(OWN_CATALOG)) {
            throw new IllegalArgumentException("catalog must be \"shared\" (the server's music) or \"own\" (drawn"
                    + " from the feed's seed), got '" + catalog + "'");
        }
        boolean demo = DEMO_LISTENERS.equals(listeners);
        if (listeners != null && !demo) {
            throw new IllegalArgumentException("listeners must be \"demo\" (replay the demo's listeners) or left out"
                    + " (listeners of the feed's own), got '" + listeners + "'");
        }
        scenario = scenario == null ? (demo ? DemoData.REPLAYED_SCENARIO : "spotify") : scenario;
        if (!List.of("spotify", "apple_music", "youtube_music", "custom").contains(scenario)) {
            throw new IllegalArgumentException("scenario must be spotify, apple_music, youtube_music or custom, got '"
                    + scenario + "'");
        }
        CustomSpec custom = null;
        if (scenario.equals("custom")) {
            if (demo) {
                throw new IllegalArgumentException("listeners \"demo\" replays the demo's Spotify world; a custom"
                        + " scenario has listeners of its own: leave listeners out");
            }
            custom = parse(spec);
        } else if (spec != null) {
            throw new IllegalArgumentException("spec describes a custom scenario: give \"scenario\": \"custom\" with it"
                    + " or leave spec out");
        }
        users = users != null ? users : custom != null && custom.users() != null ? custom.users()
                : demo ? DemoData.REPLAYED_USERS : 1_000;
        rate = rate == null ? 20.0 : rate;
        seed = seed == null ? (demo ? DemoData.REPLAYED_SEED : 42L) : seed;
        days = days != null ? days : custom != null && custom.days() != null ? custom.days() : demo ? DemoData.DAYS : 7;
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
        this(scenario, users, rate, seed, days, null, null, null);
    }

    public FeedRequest(String scenario, Integer users, Double rate, Long seed, Integer days, String listeners) {
        this(scenario, users, rate, seed, days, listeners, null, null);
    }

    public boolean replaysDemo() {
        return DEMO_LISTENERS.equals(listeners);
    }

    /**
     * The simulation behind the feed, its days ending on {@code clock}'s today: its listening plays out live,
     * re-stamped with the time it is sent.
     */
    public SimulationConfig config(Clock clock) {
        CustomSpec custom = scenario.equals("custom") ? parse(spec) : null;
        Scenario s = custom != null ? Scenario.custom(custom) : Scenario.named(scenario);
        LocalDate end = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        SimulationConfig config = SimulationConfig.of(s, users, days, seed, end).withHoldoutDays(0);
        if (catalog.equals(SHARED_CATALOG) && !replaysDemo()) {
            config = config.withCatalogOf(DemoData.catalogWorld(end));
        }
        return custom != null && custom.inlineMetadata() != null ? config.withInlineMetadata(custom.inlineMetadata()) : config;
    }

    /** The spec read as {@code --spec} reads its file; every message names the field, prefixed by {@code spec.}. */
    private static CustomSpec parse(JsonNode spec) {
        if (spec == null || !spec.isObject()) {
            throw new IllegalArgumentException("spec must be a JSON object for scenario custom, e.g. {\"genre_mix\":"
                    + " {\"pop\": 0.5, \"jazz\": 0.5}, \"platforms\": {\"spotify\": 1}, \"rate\": 3}");
        }
        try {
            return CustomSpecReader.read(new ByteArrayInputStream(spec.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("spec." + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory spec cannot fail to read", e);
        }
    }
}
