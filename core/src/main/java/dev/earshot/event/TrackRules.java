package dev.earshot.event;

import java.util.List;
import java.util.Map;

/** Validates inline track metadata: text lengths, genre list, audio features within their known scales. */
final class TrackRules {
    static final int MAX_TEXT = 500;
    static final int MAX_GENRES = 20;
    static final int MAX_GENRE_LENGTH = 64;

    /** Spotify's audio feature scales; a feature outside its scale is a client bug, not data. */
    private static final Map<String, double[]> FEATURE_RANGES = Map.of(
            "danceability", new double[] {0, 1},
            "energy", new double[] {0, 1},
            "valence", new double[] {0, 1},
            "acousticness", new double[] {0, 1},
            "instrumentalness", new double[] {0, 1},
            "speechiness", new double[] {0, 1},
            "liveness", new double[] {0, 1},
            "tempo", new double[] {0, 300},
            "loudness", new double[] {-60, 5});

    private TrackRules() {
    }

    static TrackMetadata validate(EventDraft d, List<Violation> out) {
        if (!d.trackPresent) {
            return null;
        }
        String title = EventValidator.optional(d.trackTitle, "track.title", t -> TextRules.textProblem(t, MAX_TEXT), out);
        String artist = EventValidator.optional(d.trackArtist, "track.artist", t -> TextRules.textProblem(t, MAX_TEXT), out);
        String album = EventValidator.optional(d.trackAlbum, "track.album", t -> TextRules.textProblem(t, MAX_TEXT), out);
        Long duration = EventValidator.duration(d.trackDurationMs, "track.duration_ms", out);
        checkGenres(d.trackGenres, out);
        checkFeatures(d.audioFeatures, out);
        return new TrackMetadata(title, artist, album, duration, d.trackGenres, d.audioFeatures);
    }

    private static void checkGenres(List<String> genres, List<Violation> out) {
        if (genres == null) {
            return;
        }
        if (genres.size() > MAX_GENRES) {
            out.add(new Violation("track.genres", "must have at most " + MAX_GENRES + " entries, got " + genres.size()));
        }
        for (int i = 0; i < genres.size(); i++) {
            String why = TextRules.textProblem(genres.get(i), MAX_GENRE_LENGTH);
            if (why == null && genres.get(i).isBlank()) {
                why = "must not be empty";
            }
            if (why != null) {
                out.add(new Violation("track.genres[" + i + "]", why));
            }
        }
    }

    private static void checkFeatures(Map<String, Double> features, List<Violation> out) {
        if (features == null) {
            return;
        }
        features.forEach((name, value) -> {
            double[] range = FEATURE_RANGES.get(name);
            if (range == null) {
                out.add(new Violation("track.audio_features." + name, "is not a known audio feature; known: "
                        + String.join(", ", FEATURE_RANGES.keySet().stream().sorted().toList())));
            } else if (value < range[0] || value > range[1]) {
                out.add(new Violation("track.audio_features." + name,
                        "must be between " + fmt(range[0]) + " and " + fmt(range[1]) + ", got " + value));
            }
        });
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
