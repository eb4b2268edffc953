package dev.earshot.store;

import dev.earshot.enrich.GenreProbability;
import dev.earshot.enrich.llm.InsightStore;
import dev.earshot.enrich.llm.TrackInsight;
import dev.earshot.event.WireEnum;
import dev.earshot.vocab.Mood;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Claude's answers in the warehouse table {@code llm_track_insights}, one row per track, upserted by the LLM
 * worker through the one writer and read back whole at start.
 */
public final class LlmInsightTable implements InsightStore {
    private static final WireEnum.Lookup<Mood> MOODS = new WireEnum.Lookup<>(Mood.values());
    private static final String UPSERT = "INSERT OR REPLACE INTO llm_track_insights VALUES (?, ?, ?, ?, ?, ?, ?, now()::TIMESTAMP)";

    private final DuckDbWarehouse warehouse;

    public LlmInsightTable(DuckDbWarehouse warehouse) {
        this.warehouse = warehouse;
    }

    @Override
    public List<TrackInsight> loadAll() {
        return warehouse.read(conn -> {
            List<TrackInsight> out = new ArrayList<>();
            try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT track_id, genres, genre_probs, mood, valence, arousal, model FROM llm_track_insights")) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
            return out;
        });
    }

    @Override
    public void save(List<TrackInsight> insights) {
        warehouse.writeAside(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(UPSERT)) {
                for (TrackInsight i : insights) {
                    bind(conn, ps, i);
                    ps.addBatch();
                }
                return ps.executeBatch();
            }
        });
    }

    private static void bind(Connection conn, PreparedStatement ps, TrackInsight i) throws SQLException {
        ps.setString(1, i.trackId());
        ps.setArray(2, conn.createArrayOf("VARCHAR", i.genres().stream().map(GenreProbability::genre).toArray()));
        ps.setArray(3, conn.createArrayOf("DOUBLE", i.genres().stream().map(GenreProbability::p).toArray()));
        ps.setString(4, i.mood().wire());
        ps.setDouble(5, i.valence());
        ps.setDouble(6, i.arousal());
        ps.setString(7, i.model());
    }

    private static TrackInsight read(ResultSet rs) throws SQLException {
        Object[] names = values(rs.getArray("genres"));
        Object[] probs = values(rs.getArray("genre_probs"));
        List<GenreProbability> genres = new ArrayList<>(names.length);
        for (int k = 0; k < names.length; k++) {
            genres.add(new GenreProbability((String) names[k], ((Number) probs[k]).doubleValue()));
        }
        Mood mood = MOODS.find(rs.getString("mood")).orElseThrow(
                () -> new IllegalStateException("unknown mood in llm_track_insights"));
        return new TrackInsight(rs.getString("track_id"), genres, mood, rs.getDouble("valence"),
                rs.getDouble("arousal"), rs.getString("model"));
    }

    private static Object[] values(Array array) throws SQLException {
        return (Object[]) array.getArray();
    }
}
