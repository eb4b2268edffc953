package dev.earshot.simulate;

import dev.earshot.event.Device;
import dev.earshot.event.Platform;
import dev.earshot.vocab.Genre;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Draws listeners: home city, platform, taste, devices, volume and rhythm, each from the user's own seed. */
final class UserGenerator {
    private static final double[] CITY_WEIGHTS = City.ALL.stream().mapToDouble(City::weight).toArray();
    private static final int[] CHRONOTYPES = {-1, 0, 0, 0, 1};

    private final long seed;
    private final double[] genreMix;
    private final double[] platformMix;
    private final double sessionsPerDay;
    private final TrackPools pools;

    /** {@code platformMix} is indexed by {@link Platform} ordinal. */
    UserGenerator(long seed, double[] genreMix, double[] platformMix, double sessionsPerDay, TrackPools pools) {
        this.seed = seed;
        this.genreMix = genreMix.clone();
        this.platformMix = Draw.cumulative(platformMix);
        this.sessionsPerDay = sessionsPerDay;
        this.pools = pools;
    }

    SimUser user(int index) {
        SplittableRandom r = Seeds.rng(seed, 0x05E5, index);
        City city = City.ALL.get(Draw.index(r, Draw.cumulative(CITY_WEIGHTS)));
        Platform platform = Platform.values()[Draw.index(r, platformMix)];
        Taste taste = taste(r);
        List<Device> devices = devices(r, PlatformProfile.of(platform));
        double engagement = r.nextDouble();
        boolean premium = r.nextDouble() < 0.25 + 0.5 * engagement;
        double volume = sessionsPerDay * Math.exp(0.5 * r.nextGaussian() - 0.125) * (0.5 + engagement);
        int chronotype = CHRONOTYPES[r.nextInt(CHRONOTYPES.length)];
        return new SimUser(index, "u" + index, taste, city, platform, devices, volume, engagement, premium, chronotype,
                favourites(taste, r));
    }

    /** A personal set of tracks in the listener's genres, so that repeat listening gives recommenders a signal. */
    private List<SimTrack> favourites(Taste taste, SplittableRandom r) {
        int n = 10 + r.nextInt(31);
        List<SimTrack> out = new ArrayList<>(n);
        for (int tries = 0; out.size() < n && tries < 4 * n; tries++) {
            SimTrack t = pools.established(taste.drawGenre(r), r);
            if (!out.contains(t)) {
                out.add(t);
            }
        }
        return List.copyOf(out);
    }

    /** One to three favourite genres drawn by the genre mix, plus a little of everything. */
    private Taste taste(SplittableRandom r) {
        double[] mix = genreMix.clone();
        double[] weights = new double[mix.length];
        int favourites = 1 + (r.nextDouble() < 0.5 ? 0 : r.nextDouble() < 0.6 ? 1 : 2);
        for (int f = 0; f < favourites; f++) {
            double[] left = Draw.cumulative(mix);
            if (left[left.length - 1] == 0) {
                break;
            }
            int g = Draw.index(r, left);
            weights[g] = f == 0 ? 1.0 : 0.25 + 0.45 * r.nextDouble();
            mix[g] = 0;
        }
        double energy = 0;
        double valence = 0;
        double sum = 0;
        for (int g = 0; g < weights.length; g++) {
            energy += weights[g] * GenreProfile.of(Genre.byOrdinal(g)).centre().energy();
            valence += weights[g] * GenreProfile.of(Genre.byOrdinal(g)).centre().valence();
            sum += weights[g];
            weights[g] += 0.015;
        }
        return new Taste(weights, Draw.normal(r, energy / sum, 0.08, 0, 1), Draw.normal(r, valence / sum, 0.08, 0, 1));
    }

    private static List<Device> devices(SplittableRandom r, PlatformProfile profile) {
        List<Device> out = new ArrayList<>();
        int wanted = 1 + r.nextInt(3);
        for (int tries = 0; out.size() < wanted && tries < 20; tries++) {
            Device d = profile.drawDevice(r);
            if (!out.contains(d)) {
                out.add(d);
            }
        }
        return List.copyOf(out);
    }
}
