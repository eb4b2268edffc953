package dev.earshot.simulate;

import dev.earshot.vocab.Genre;
import dev.earshot.vocab.ListeningContext;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Picks the next track of a session. The genre follows the listener's taste (with a little exploration, which
 * is where mismatches come from); within the genre, popular tracks come first and the session's context picks
 * the best fit among a few candidates. A share of plays goes back to the listener's favourites. Emerging
 * artists are drawn ever more often as the period goes on.
 */
final class TrackChooser {
    private static final double EXPLORE = 0.08;
    private static final double EMERGING_AT_END = 0.12;
    private static final int CANDIDATES = 3;
    private static final double REPEAT = 0.2;

    private final TrackPools pools;
    private final Period period;

    TrackChooser(TrackPools pools, Period period) {
        this.pools = pools;
        this.period = period;
    }

    SimTrack choose(SimUser user, ListeningContext context, long millis, SplittableRandom r) {
        List<SimTrack> favourites = user.favourites();
        if (!favourites.isEmpty() && r.nextDouble() < REPEAT) {
            return favourites.get(r.nextInt(favourites.size()));
        }
        Taste taste = user.taste();
        Genre genre = r.nextDouble() < EXPLORE ? Genre.byOrdinal(r.nextInt(Genre.count())) : taste.drawGenre(r);
        double f = period.fraction(millis);
        if (r.nextDouble() < EMERGING_AT_END * f * f) {
            SimTrack fresh = pools.emerging(genre, r);
            if (fresh != null) {
                return fresh;
            }
        }
        SimTrack best = pools.established(genre, r);
        for (int i = 1; i < CANDIDATES; i++) {
            SimTrack candidate = pools.established(genre, r);
            if (ContextHabits.fit(context, candidate.audio()) > ContextHabits.fit(context, best.audio())) {
                best = candidate;
            }
        }
        return best;
    }
}
