package dev.earshot.enrich;

import java.util.List;
import java.util.function.Function;

/**
 * Predicts a track's genres: the catalog's when it knows them; otherwise a similarity-weighted vote of the
 * track's co-listening neighbours whose catalog genres are known. The vote is shrunk toward the genre mix of
 * all labelled tracks by {@link #PRIOR_NEIGHBOURS} pseudo-voters, so a vote of one or two neighbours cannot
 * claim certainty; with fifty agreeing neighbours the prior hardly shows. Nothing known, nothing said: a
 * track with no labelled neighbour gets null.
 */
public final class GenrePredictor {
    /** How many neighbours' worth of weight the prior carries. */
    static final double PRIOR_NEIGHBOURS = 2;

    private final ItemItemSimilarity similarity;
    private final Function<String, List<String>> catalogGenres;
    private final GenreDistribution prior = new GenreDistribution();

    /**
     * @param catalogGenres a track id's catalog genres, main genre first; empty (or null) when unknown
     */
    public GenrePredictor(ItemItemSimilarity similarity, Function<String, List<String>> catalogGenres) {
        this.similarity = similarity;
        this.catalogGenres = catalogGenres;
        for (String trackId : similarity.trackIds()) {
            List<String> genres = known(trackId);
            if (!genres.isEmpty()) {
                prior.addRanked(genres, 1);
            }
        }
    }

    /** The track's genres, or null when neither the catalog nor any labelled neighbour says anything. */
    public GenrePrediction predict(String trackId) {
        List<String> genres = known(trackId);
        if (genres.isEmpty()) {
            return fromNeighbours(trackId);
        }
        GenreDistribution d = new GenreDistribution();
        d.addRanked(genres, 1);
        return new GenrePrediction(d.toProbabilities(), Source.CATALOG, 0);
    }

    private GenrePrediction fromNeighbours(String trackId) {
        GenreDistribution votes = new GenreDistribution();
        int voters = 0;
        for (ItemItemNeighbour n : similarity.neighbours(trackId)) {
            List<String> genres = known(n.trackId());
            if (!genres.isEmpty() && n.similarity() > 0) {
                votes.addRanked(genres, n.similarity());
                voters++;
            }
        }
        if (voters == 0) {
            return null;
        }
        return new GenrePrediction(shrunkToPrior(votes, voters).toProbabilities(), Source.NEIGHBOURS, voters);
    }

    private GenreDistribution shrunkToPrior(GenreDistribution votes, int voters) {
        GenreDistribution out = new GenreDistribution();
        for (String g : votes.genres()) {
            out.add(g, voters * votes.share(g));
        }
        for (String g : prior.genres()) {
            out.add(g, PRIOR_NEIGHBOURS * prior.share(g));
        }
        return out;
    }

    private List<String> known(String trackId) {
        List<String> genres = catalogGenres.apply(trackId);
        return genres == null ? List.of() : genres;
    }
}
