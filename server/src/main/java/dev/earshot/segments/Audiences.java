package dev.earshot.segments;

import dev.earshot.analytics.InvalidParameterException;
import dev.earshot.analytics.Range;
import dev.earshot.store.SqlReader;
import dev.earshot.vocab.Genre;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Who is in a segment: its size and a sample for the dashboard, every member for an export. */
public final class Audiences {
    public static final int SAMPLE_SIZE = 20;
    private final SqlReader reader;

    public Audiences(SqlReader reader) {
        this.reader = reader;
    }

    public Audience audience(Rule rule, Range range) {
        return reader.read(conn -> {
            checkGenre(conn, rule);
            long listeners;
            try (var ps = AudienceSql.listeners(range).prepare(conn); ResultSet rs = ps.executeQuery()) {
                rs.next();
                listeners = rs.getLong(1);
            }
            List<AudienceMember> sample = new ArrayList<>();
            long size = 0;
            try (var ps = AudienceSql.members(rule, range, SAMPLE_SIZE).prepare(conn); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sample.add(member(rs));
                    size = rs.getLong("audience");
                }
            }
            return new Audience(rule, range, size, listeners == 0 ? 0 : (double) size / listeners, sample);
        });
    }

    /** Every member, most matching listens first, handed to {@code sink} while the query runs. */
    public void members(Rule rule, Range range, Consumer<AudienceMember> sink) {
        reader.read(conn -> {
            checkGenre(conn, rule);
            try (var ps = AudienceSql.members(rule, range, null).prepare(conn); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(member(rs));
                }
            }
            return null;
        });
    }

    /**
     * A genre outside the shared vocabulary is allowed only when some listen carries it (catalogues bring their
     * own genres): otherwise "genre=polka" would be an empty audience that looks like an answer.
     */
    private static void checkGenre(Connection conn, Rule rule) throws SQLException {
        String genre = rule.genre();
        if (genre == null || Genre.WIRE.find(genre).isPresent()) {
            return;
        }
        try (PreparedStatement ps = conn.prepareStatement("SELECT EXISTS (SELECT 1 FROM events WHERE genre = ?)")) {
            ps.setString(1, genre);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    throw new InvalidParameterException("genre", "unknown value '" + genre + "'; expected one of: "
                            + Genre.WIRE.allowed() + " (or a genre the stored listens carry)");
                }
            }
        }
    }

    private static AudienceMember member(ResultSet rs) throws SQLException {
        double engagement = rs.getDouble("mean_engagement");
        Double mean = rs.wasNull() ? null : engagement;
        return new AudienceMember(rs.getString("user_id"), rs.getLong("matching"), rs.getString("country"),
                rs.getString("platform"), mean);
    }
}
