package dev.earshot.auth;

import dev.earshot.store.BoundSql;
import dev.earshot.store.Cursor;
import dev.earshot.store.SqlReader;
import dev.earshot.store.SqlWriter;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The keys, in the warehouse table {@code api_keys} (secrets only as hashes), written through the writer
 * beside the ingest writer and mirrored in memory, since every request asks. The mirror is reloaded after each
 * change; only this process may write the file, so nothing else changes the table under it.
 */
public final class KeyStore implements KeyRing {
    /** A key's last delivery is written at most this often: a scrobbler sends every few minutes, ingest in bursts. */
    static final Duration DELIVERY_RESOLUTION = Duration.ofMinutes(1);
    private static final String SELECT = "SELECT id, name, scopes, user_id, epoch_us(created_at), epoch_us(revoked_at),"
            + " secret_sha256, secret_md5, epoch_us(last_delivered_at) FROM api_keys";

    private final SqlReader reader;
    private final SqlWriter writer;
    private final Clock clock;
    private final Pseudonyms pseudonyms;
    private volatile Map<String, Stored> bySha = Map.of();
    private final Map<String, Instant> delivered = new ConcurrentHashMap<>();

    /** One row as kept: the key and its secret's hashes. */
    private record Stored(ApiKey key, String sha256, String md5, Optional<Instant> lastDelivered) {
    }

    public KeyStore(SqlReader reader, SqlWriter writer, Clock clock) {
        this(reader, writer, clock, Pseudonyms.off());
    }

    /** {@code pseudonyms}: the listener a key is bound to is kept, and matched, as the warehouse keeps user ids. */
    public KeyStore(SqlReader reader, SqlWriter writer, Clock clock, Pseudonyms pseudonyms) {
        this.pseudonyms = pseudonyms;
        this.reader = reader;
        this.writer = writer;
        this.clock = clock;
        reload();
    }

    public NewKey create(KeyRequest request) {
        String secret = KeySecrets.newSecret();
        ApiKey key = new ApiKey(KeySecrets.newId(), request.name(), request.scopes(), request.userId().map(pseudonyms::of),
                clock.instant(),
                Optional.empty());
        writer.writeAside(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO api_keys (id, name, scopes, user_id,"
                    + " secret_sha256, secret_md5, created_at) VALUES (?, ?, ?, ?, ?, ?, make_timestamp(?))")) {
                ps.setString(1, key.id());
                ps.setString(2, key.name());
                ps.setString(3, wire(key.scopes()));
                ps.setString(4, key.userId().orElse(null));
                ps.setString(5, KeySecrets.sha256Hex(secret));
                ps.setString(6, KeySecrets.md5Hex(secret));
                ps.setLong(7, Cursor.micros(key.createdAt()));
                return ps.executeUpdate();
            }
        });
        reload();
        return new NewKey(key, secret);
    }

    /** Every key, live and revoked, oldest first. */
    public List<ApiKey> list() {
        return bySha.values().stream().map(Stored::key).sorted(Comparator.comparing(ApiKey::createdAt)
                .thenComparing(ApiKey::id)).toList();
    }

    /** Revokes the key; false when there is no such key. Revoking twice keeps the first time. */
    public boolean revoke(String id) {
        int changed = writer.writeAside(conn -> {
            try (var ps = BoundSql.of("UPDATE api_keys SET revoked_at = coalesce(revoked_at, make_timestamp(?))"
                    + " WHERE id = ?", Cursor.micros(clock.instant()), id).prepare(conn)) {
                return ps.executeUpdate();
            }
        });
        reload();
        return changed > 0;
    }

    /** Whether any key is live: {@code --auth auto} turns auth on as soon as one is. */
    public boolean anyLive() {
        return bySha.values().stream().anyMatch(s -> s.key().live());
    }

    public Optional<Instant> lastDelivered(String keyId) {
        Instant recent = delivered.get(keyId);
        if (recent != null) {
            return Optional.of(recent);
        }
        return bySha.values().stream().filter(s -> s.key().id().equals(keyId)).findFirst()
                .flatMap(Stored::lastDelivered);
    }

    @Override
    public Optional<ApiKey> authenticate(String secret) {
        if (secret == null || !secret.startsWith(KeySecrets.PREFIX)) {
            return Optional.empty();
        }
        return Optional.ofNullable(bySha.get(KeySecrets.sha256Hex(secret))).map(Stored::key).filter(ApiKey::live);
    }

    @Override
    public Optional<ApiKey> matchLegacy(String userId, Predicate<String> matches) {
        String stored = pseudonyms.of(userId);
        return bySha.values().stream()
                .filter(s -> s.key().live() && s.key().userId().filter(stored::equals).isPresent())
                .filter(s -> matches.test(s.md5()))
                .map(Stored::key).findFirst();
    }

    @Override
    public Optional<ApiKey> matchById(String keyId, Predicate<String> matches) {
        return bySha.values().stream()
                .filter(s -> s.key().live() && s.key().id().equals(keyId) && matches.test(s.md5()))
                .map(Stored::key).findFirst();
    }

    @Override
    public void delivered(String keyId, Instant at) {
        Instant before = delivered.put(keyId, at);
        if (before == null || !at.isBefore(before.plus(DELIVERY_RESOLUTION))) {
            writer.writeAside(conn -> {
                try (var ps = BoundSql.of("UPDATE api_keys SET last_delivered_at = make_timestamp(?) WHERE id = ?",
                        Cursor.micros(at), keyId).prepare(conn)) {
                    return ps.executeUpdate();
                }
            });
        }
    }

    /** Reads every key again from the file: after a change made beside this store (an erasure removes keys). */
    public void reload() {
        bySha = reader.read(conn -> {
            List<Stored> rows = new ArrayList<>();
            try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(SELECT)) {
                while (rs.next()) {
                    rows.add(read(rs));
                }
            }
            return rows.stream().collect(Collectors.toUnmodifiableMap(Stored::sha256, s -> s));
        });
    }

    private static Stored read(ResultSet rs) throws SQLException {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        Arrays.stream(rs.getString(3).split(",")).map(Scope::fromWire).flatMap(Optional::stream).forEach(scopes::add);
        ApiKey key = new ApiKey(rs.getString(1), rs.getString(2), scopes, Optional.ofNullable(rs.getString(4)),
                Cursor.instant(rs.getLong(5)), instant(rs, 6));
        return new Stored(key, rs.getString(7), rs.getString(8), instant(rs, 9));
    }

    private static Optional<Instant> instant(ResultSet rs, int column) throws SQLException {
        long micros = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(Cursor.instant(micros));
    }

    private static String wire(Set<Scope> scopes) {
        return scopes.stream().sorted().map(Scope::wire).collect(Collectors.joining(","));
    }
}
