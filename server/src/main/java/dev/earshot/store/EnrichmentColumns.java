package dev.earshot.store;

import dev.earshot.enrich.Enrichment;
import dev.earshot.enrich.GenrePrediction;
import dev.earshot.enrich.GenreProbability;
import dev.earshot.enrich.ListeningContextInsight;
import dev.earshot.enrich.MoodAnalysis;
import dev.earshot.enrich.Source;
import dev.earshot.enrich.TimeOfDay;
import dev.earshot.event.WireEnum;
import dev.earshot.vocab.ListeningContext;
import dev.earshot.vocab.Mood;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBAppender;

/**
 * The insight columns of {@code events}, flat so that analytics can group by them: mood and its point on the
 * valence × arousal plane, the top genre and its probability, the listening context, engagement, similar
 * tracks and the model version. Written after the raw columns, in the order of {@link Schema}.
 */
final class EnrichmentColumns {
    static final String SELECT = """
            e.mood, e.valence, e.arousal, e.mood_confidence, e.mood_source, e.genre, e.genre_p, e.genre_source,
            e.context, e.time_of_day, e.weekday, e.context_confidence, e.engagement, e.similar_tracks, e.model_version,
            e.genre_names, e.genre_probs""";

    private EnrichmentColumns() {
    }

    static void append(DuckDBAppender a, Enrichment e) throws SQLException {
        MoodAnalysis mood = e == null ? null : e.moodAnalysis();
        wire(a, mood == null ? null : mood.mood());
        number(a, mood == null ? null : mood.valence());
        number(a, mood == null ? null : mood.arousal());
        number(a, mood == null ? null : mood.confidence());
        wire(a, mood == null ? null : mood.source());
        GenrePrediction genre = e == null ? null : e.genrePrediction();
        EventRowWriter.nullable(a, genre == null ? null : genre.top().genre());
        number(a, genre == null ? null : genre.top().p());
        wire(a, genre == null ? null : genre.source());
        ListeningContextInsight context = e == null ? null : e.listeningContext();
        wire(a, context == null ? null : context.context());
        wire(a, context == null ? null : context.timeOfDay());
        if (context == null) {
            a.appendNull();
        } else {
            a.append(context.weekday());
        }
        number(a, context == null ? null : context.confidence());
        number(a, e == null ? null : e.engagementScore());
        if (e == null || e.similarTracks() == null) {
            a.appendNull();
        } else {
            a.append(e.similarTracks());
        }
        EventRowWriter.nullable(a, e == null ? null : e.modelVersion());
    }

    /**
     * The genre distribution as two parallel lists (names, probabilities), most likely first; after local_ts.
     * A single genre is already in {@code genre}/{@code genre_p}, so its lists stay null: list values cost the
     * Appender several times a scalar, and most events have one genre.
     */
    static void appendGenres(DuckDBAppender a, Enrichment e) throws SQLException {
        GenrePrediction genre = e == null ? null : e.genrePrediction();
        if (genre == null || genre.genres().size() == 1) {
            a.appendNull();
            a.appendNull();
            return;
        }
        List<String> names = new ArrayList<>(genre.genres().size());
        List<Double> probs = new ArrayList<>(genre.genres().size());
        for (GenreProbability g : genre.genres()) {
            names.add(g.genre());
            probs.add(g.p());
        }
        a.append(names);
        a.append(probs);
    }

    static Enrichment read(ResultSet rs) throws SQLException {
        String version = rs.getString("model_version");
        if (version == null) {
            return null;
        }
        return new Enrichment(mood(rs), genre(rs), context(rs), similar(rs), rs.getDouble("engagement"), version);
    }

    private static MoodAnalysis mood(ResultSet rs) throws SQLException {
        String mood = rs.getString("mood");
        return mood == null ? null : new MoodAnalysis(find(Mood.values(), mood), rs.getDouble("valence"),
                rs.getDouble("arousal"), rs.getDouble("mood_confidence"), find(Source.values(), rs.getString("mood_source")));
    }

    private static GenrePrediction genre(ResultSet rs) throws SQLException {
        String genre = rs.getString("genre");
        if (genre == null) {
            return null;
        }
        Source source = find(Source.values(), rs.getString("genre_source"));
        Array names = rs.getArray("genre_names");
        Array probs = rs.getArray("genre_probs");
        if (names == null || probs == null) {
            return new GenrePrediction(List.of(new GenreProbability(genre, rs.getDouble("genre_p"))), source, 0);
        }
        Object[] n = (Object[]) names.getArray();
        Object[] p = (Object[]) probs.getArray();
        List<GenreProbability> genres = new ArrayList<>(n.length);
        for (int i = 0; i < n.length; i++) {
            genres.add(new GenreProbability((String) n[i], ((Number) p[i]).doubleValue()));
        }
        return new GenrePrediction(genres, source, 0);
    }

    /** The context model is rules over time, device and session ({@code ListeningContextModel}); nothing else sets it. */
    private static ListeningContextInsight context(ResultSet rs) throws SQLException {
        String context = rs.getString("context");
        return context == null ? null : new ListeningContextInsight(find(ListeningContext.values(), context),
                find(TimeOfDay.values(), rs.getString("time_of_day")), rs.getBoolean("weekday"),
                rs.getDouble("context_confidence"), Source.RULES);
    }

    private static List<String> similar(ResultSet rs) throws SQLException {
        Array array = rs.getArray("similar_tracks");
        if (array == null) {
            return null;
        }
        List<String> ids = new ArrayList<>();
        for (Object id : (Object[]) array.getArray()) {
            ids.add((String) id);
        }
        return ids;
    }

    private static void wire(DuckDBAppender a, WireEnum value) throws SQLException {
        EventRowWriter.nullable(a, value == null ? null : value.wire());
    }

    private static void number(DuckDBAppender a, Double value) throws SQLException {
        if (value == null) {
            a.appendNull();
        } else {
            a.append(value.doubleValue());
        }
    }

    private static <E extends WireEnum> E find(E[] values, String wire) {
        for (E v : values) {
            if (v.wire().equals(wire)) {
                return v;
            }
        }
        throw new IllegalStateException("stored value not in the enum: " + wire);
    }
}
