package dev.earshot.bench;

import dev.earshot.analytics.AnalyticsFilter;
import dev.earshot.analytics.ArtistTrends;
import dev.earshot.analytics.EmergingArtists;
import dev.earshot.simulate.SimArtist;
import dev.earshot.simulate.World;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How many of the artists our emerging list names are truly emerging in the simulated world (its ground truth):
 * precision@k over the last week of the world's period, against the week before. Artists are matched by name,
 * as the events carry them; a name an established artist shares with an emerging one counts as a hit.
 */
public final class EmergingPrecision {
    private EmergingPrecision() {
    }

    /** The last week of the world's output (up to its holdout start), as the bench and the test ask it. */
    public static AnalyticsFilter lastWeek(World world) {
        return new AnalyticsFilter(world.period().holdoutStart().minus(Duration.ofDays(7)), world.period().holdoutStart(),
                null, null);
    }

    public static double at(int k, World world, ArtistTrends trends) {
        Set<String> truth = world.catalog().emergingArtists().stream().map(SimArtist::name).collect(Collectors.toSet());
        List<EmergingArtists.Item> found = trends.emerging(lastWeek(world), k).items();
        long hits = found.stream().filter(a -> truth.contains(a.artist())).count();
        return (double) hits / k;
    }
}
