package dev.earshot.simulate;

import dev.earshot.event.Platform;
import dev.earshot.vocab.Genre;
import java.util.EnumSet;
import java.util.Set;

/**
 * What kind of listening to simulate: which platforms (with their ids, devices and behaviour), the genre mix
 * of the population, and how many sessions a typical listener has per day.
 */
public record Scenario(String name, double[] platformMix, double[] genreMix, double sessionsPerDay) {
    public static final double DEFAULT_SESSIONS_PER_DAY = 2.0;

    public static Scenario named(String name) {
        return switch (name) {
            case "spotify" -> single(name, Platform.SPOTIFY);
            case "apple_music" -> single(name, Platform.APPLE_MUSIC);
            case "youtube_music" -> single(name, Platform.YOUTUBE_MUSIC);
            default -> throw new IllegalArgumentException(
                    "unknown scenario '" + name + "'; expected spotify, apple_music, youtube_music or custom");
        };
    }

    public static Scenario custom(CustomSpec spec) {
        return new Scenario("custom", spec.platformMix(), spec.genreMix(), spec.rate());
    }

    private static Scenario single(String name, Platform platform) {
        double[] mix = new double[Platform.values().length];
        mix[platform.ordinal()] = 1;
        return new Scenario(name, mix, defaultGenreMix(), DEFAULT_SESSIONS_PER_DAY);
    }

    static double[] defaultGenreMix() {
        double[] mix = new double[Genre.values().length];
        for (Genre g : Genre.values()) {
            mix[g.ordinal()] = GenreProfile.of(g).share();
        }
        return mix;
    }

    public Set<Platform> platforms() {
        Set<Platform> out = EnumSet.noneOf(Platform.class);
        for (Platform p : Platform.values()) {
            if (platformMix[p.ordinal()] > 0) {
                out.add(p);
            }
        }
        return out;
    }
}
