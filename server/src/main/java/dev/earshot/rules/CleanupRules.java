package dev.earshot.rules;

import java.util.List;

/**
 * The cleanup rules: which listens to leave out of every statistic, and which artist names are one artist
 * ({@code merges}: "Beyonce" counts as "Beyoncé") or several ({@code splits}: "A & B" counts for A and for B).
 * They change what is counted, never what is stored. Absent members mean none; {@link RuleCheck} validates a
 * request's rules and gives them in their one stored form.
 */
public record CleanupRules(Exclusions exclude, List<Merge> merges, List<Split> splits) {
    public static final CleanupRules NONE = new CleanupRules(null, null, null);

    public CleanupRules {
        exclude = exclude == null ? Exclusions.NONE : exclude;
        merges = merges == null ? List.of() : merges;
        splits = splits == null ? List.of() : splits;
    }

    /**
     * What to leave out: artists, albums (by title) and genres by name, whatever their case; tracks by id; listeners
     * by user id; spoken word (podcast episodes, audiobooks) as a whole; events by where they came from
     * ({@code sources}: {@link dev.earshot.store.EventOrigin}, e.g. "simulation"; events of unknown origin stay in).
     */
    public record Exclusions(List<String> artists, List<String> albums, List<String> tracks, List<String> genres,
                             List<String> listeners, Boolean podcasts, Boolean audiobooks, List<String> sources) {
        public static final Exclusions NONE = new Exclusions(null, null, null, null, null, null, null, null);

        public Exclusions {
            artists = artists == null ? List.of() : artists;
            albums = albums == null ? List.of() : albums;
            tracks = tracks == null ? List.of() : tracks;
            genres = genres == null ? List.of() : genres;
            listeners = listeners == null ? List.of() : listeners;
            podcasts = Boolean.TRUE.equals(podcasts);
            audiobooks = Boolean.TRUE.equals(audiobooks);
            sources = sources == null ? List.of() : sources;
        }

        /** Without sources: the exclusions as they were before sources could be named. */
        public Exclusions(List<String> artists, List<String> albums, List<String> tracks, List<String> genres,
                          List<String> listeners, Boolean podcasts, Boolean audiobooks) {
            this(artists, albums, tracks, genres, listeners, podcasts, audiobooks, null);
        }
    }

    /** Every name in {@code names} counts as the artist {@code into}. */
    public record Merge(String into, List<String> names) {
        public Merge {
            names = names == null ? List.of() : names;
        }
    }

    /**
     * The credit {@code artist} counts for each artist of {@code into}; when {@code into} is absent, for the artists
     * the credit names ({@link dev.earshot.catalog.ArtistCredits}, which keeps "Simon & Garfunkel" whole).
     */
    public record Split(String artist, List<String> into) {
    }
}
