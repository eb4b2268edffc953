package dev.earshot.recommend;

/**
 * Why a track was recommended, as true of its score: {@code trackId} is the listener's own track behind a
 * {@link Kind#BECAUSE_YOU_PLAYED}, and null for the other kinds. Turned into words where titles are known.
 */
public record Reason(Kind kind, String trackId) {
    public static final Reason LISTENERS_LIKE_YOU = new Reason(Kind.LISTENERS_LIKE_YOU, null);
    public static final Reason POPULAR = new Reason(Kind.POPULAR, null);

    public enum Kind {
        /** Item-kNN: the listener's track that contributed most to the score. */
        BECAUSE_YOU_PLAYED,
        /** ALS: the score is the fit between the listener's and the track's taste factors. */
        LISTENERS_LIKE_YOU,
        /** Popularity: the score is the number of listeners, the same for everyone. */
        POPULAR
    }

    public static Reason becauseYouPlayed(String trackId) {
        return new Reason(Kind.BECAUSE_YOU_PLAYED, trackId);
    }
}
