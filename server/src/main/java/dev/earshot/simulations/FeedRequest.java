package dev.earshot.simulations;

import dev.earshot.simulate.Scenario;
import dev.earshot.simulate.SimulationConfig;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A request to start a live feed: which scenario, how many listeners, how many events per second and the
 * seed. {@link #config()} checks the values and gives the simulation they describe.
 */
public record FeedRequest(String scenario, Integer users, Double rate, Long seed, Integer days) {
    public static final int MAX_USERS = 100_000;
    public static final double MAX_RATE = 20_000;

    public FeedRequest {
        scenario = scenario == null ? "spotify" : scenario;
        users = users == null ? 1_000 : users;
        rate = rate == null ? 20.0 : rate;
        seed = seed == null ? 42L : seed;
        days = days == null ? 7 : days;
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

    /** The simulation behind the feed: its listening plays out live, re-stamped with the time it is sent. */
    public SimulationConfig config() {
        return SimulationConfig.of(Scenario.named(scenario), users, days, seed, LocalDate.now(ZoneOffset.UTC))
                .withHoldoutDays(0);
    }
}
