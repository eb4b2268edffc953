package dev.earshot.users;

import dev.earshot.auth.KeyFile;
import dev.earshot.store.Cursor;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The record that erasures happened (DESIGN §3): when, by which key, how many rows per table, and the listener
 * only as an HMAC under a key kept in a file beside the database, so that the audit can confirm "was X erased?"
 * to whoever holds the key without itself keeping the id it erased. It also says which erasures still have
 * bytes in the file, until a compaction rewrites it.
 */
public final class ErasureAudit {
    private static final String DDL = "CREATE TABLE IF NOT EXISTS erasure_audit (erased_at TIMESTAMP NOT NULL,"
            + " key_id VARCHAR, user_hmac VARCHAR NOT NULL, removed VARCHAR NOT NULL, compacted_at TIMESTAMP)";

    private final KeyFile key;

    private ErasureAudit(KeyFile key) {
        this.key = key;
    }

    /** The key file beside {@code database}: {@code <database>.erasure-key}. */
    public static Path keyFileFor(Path database) {
        return Path.of(database.toAbsolutePath() + ".erasure-key");
    }

    /** Reads the key file, or makes one (32 random bytes, hex, readable by the owner only) when it is missing. */
    public static ErasureAudit open(Path keyFile) {
        return new ErasureAudit(KeyFile.open(keyFile));
    }

    /** The keyed hash the audit stores in place of the user id. */
    public String hmac(String userId) {
        return key.hmac(userId);
    }

    void record(Connection conn, Instant at, Optional<String> keyId, String userId, Map<String, Long> removed)
            throws SQLException {
        ensure(conn);
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO erasure_audit VALUES (make_timestamp(?), ?, ?, ?, NULL)")) {
            ps.setLong(1, Cursor.micros(at));
            ps.setString(2, keyId.orElse(null));
            ps.setString(3, hmac(userId));
            ps.setString(4, json(removed));
            ps.executeUpdate();
        }
    }

    /** When the oldest erasure whose bytes may still be in the file happened; empty when there is none. */
    static Optional<Instant> oldestUncompacted(Connection conn) throws SQLException {
        ensure(conn);
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT epoch_us(min(erased_at)) FROM erasure_audit WHERE compacted_at IS NULL")) {
            rs.next();
            long micros = rs.getLong(1);
            return rs.wasNull() ? Optional.empty() : Optional.of(Cursor.instant(micros));
        }
    }

    /** Marks every erasure made before {@code before} as compacted at {@code at}. */
    static long markCompacted(Connection conn, Instant before, Instant at) throws SQLException {
        ensure(conn);
        try (PreparedStatement ps = conn.prepareStatement(
                "UPDATE erasure_audit SET compacted_at = make_timestamp(?) WHERE compacted_at IS NULL"
                + " AND erased_at <= make_timestamp(?)")) {
            ps.setLong(1, Cursor.micros(at));
            ps.setLong(2, Cursor.micros(before));
            return ps.executeUpdate();
        }
    }

    private static void ensure(Connection conn) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute(DDL);
        }
    }

    private static String json(Map<String, Long> removed) {
        StringBuilder b = new StringBuilder("{");
        removed.forEach((table, n) -> b.append(b.length() > 1 ? "," : "").append('"').append(table).append("\":").append(n));
        return b.append('}').toString();
    }
}
