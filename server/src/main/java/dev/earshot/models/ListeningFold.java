package dev.earshot.models;

import dev.earshot.enrich.CoListeningPairs;
import dev.earshot.enrich.CoListeningWeights;
import dev.earshot.event.EventType;
import dev.earshot.store.Cursor;
import dev.earshot.store.ReceivedWatermark;
import dev.earshot.store.SqlReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engagement of each (listener, track) over the listening of the model window (event time within the last
 * {@code window}), kept between fits so that a fit reads only what changed: the events <em>received</em> since the
 * last fold, and the ones whose event time has since left the window. Both models (similar tracks and the
 * recommender) learn from {@link #current}, which is exactly what one scan of {@code listens WHERE ts >= now -
 * window} would give.
 *
 * <p>The fold holds the events received up to a watermark ({@link ReceivedWatermark#settledBefore}, so none can still
 * commit behind it); those received after it (the last couple of minutes) are added for the one answer and taken out
 * again. Weights are multiples of a quarter, so adding and taking out is exact in a double. It starts again from a
 * full scan when it cannot know what changed: at the first fold, when the cleanup rules changed (they decide what
 * {@code listens} holds), when events at or behind the watermark went (an erasure, a deleted source), when the clock
 * went back, and always on the lake, whose files may arrive with old receive times.
 */
public final class ListeningFold {
    private static final Logger LOG = LoggerFactory.getLogger(ListeningFold.class);
    private static final String COLUMNS = "SELECT user_id, track_id, event_type, ms_played FROM listens WHERE ";
    private static final String RECEIVED = "received_at > make_timestamp(?) AND received_at <= make_timestamp(?)";
    private static final String IN_WINDOW = " AND ts >= make_timestamp(?)";
    /** What the cleanup rules are now: the exclusions and the tracks they match (listens is a function of both). */
    private static final String RULES = """
            SELECT (SELECT count(*) || ':' || coalesce(bit_xor(hash(kind, value)), 0) FROM rule_exclusions)
                || '/' || (SELECT count(*) || ':' || coalesce(bit_xor(hash(track_id)), 0) FROM rule_excluded_tracks)""";
    private static final String RECEIVED_BY =
            "SELECT count(*) FILTER (WHERE received_at <= make_timestamp(?)), count(*) FILTER (WHERE received_at <= make_timestamp(?)) FROM events";

    private final SqlReader sql;
    private final Duration window;
    private final Clock clock;
    private final boolean incremental;

    private final Map<String, Integer> userIndex = new HashMap<>();
    private final List<String> userIds = new ArrayList<>();
    private final Map<String, Integer> trackIndex = new HashMap<>();
    private final List<String> trackIds = new ArrayList<>();
    private CoListeningPairs pairs;
    /** The fold holds the listens received up to {@code receivedTo} with event time from {@code windowFrom}. */
    private long receivedTo;
    private long windowFrom;
    /** Events (all of them, whatever the rules) received up to {@code receivedTo}: a drop means some were deleted. */
    private long eventsReceived;
    private String rules;
    private FoldReport last;

    /** With {@code incremental} false (the lake) every fold is a full scan. */
    public ListeningFold(SqlReader sql, Duration window, Clock clock, boolean incremental) {
        this.sql = sql;
        this.window = window;
        this.clock = clock;
        this.incremental = incremental;
    }

    /** What the last fold did: a full scan or not, the listens it read (added and taken out), how long it took. */
    public record FoldReport(boolean full, long read, long millis) {
    }

    /** One (listener, track) with its summed weight and its number of events in the window. */
    public interface PairSink {
        void accept(String userId, String trackId, double weight, int events);
    }

    /** A model window's listening, its pairs in a fixed order (by listener id, then track id), whatever the fold order. */
    public static final class Listening {
        private final String[] users;
        private final String[] tracks;
        private final long[] keys;
        private final double[] weights;
        private final int[] events;
        private final long eventCount;

        private Listening(String[] users, String[] tracks, long[] keys, double[] weights, int[] events) {
            this.users = users;
            this.tracks = tracks;
            this.keys = keys;
            this.weights = weights;
            this.events = events;
            this.eventCount = Arrays.stream(events).asLongStream().sum();
        }

        /** The events in the window (those of the kept listens). */
        public long events() {
            return eventCount;
        }

        public int pairs() {
            return keys.length;
        }

        public void forEach(PairSink sink) {
            for (int i = 0; i < keys.length; i++) {
                sink.accept(users[(int) (keys[i] >>> 32)], tracks[(int) keys[i]], weights[i], events[i]);
            }
        }
    }

    /** The last fold's report, or null before the first. */
    public synchronized FoldReport last() {
        return last;
    }

    /** The listening of the window now, brought up to date first. */
    public synchronized Listening current() {
        long start = System.nanoTime();
        Instant now = clock.instant();
        long from = Cursor.micros(now.minus(window));
        long settled = Math.max(receivedTo, Cursor.micros(ReceivedWatermark.settledBefore(now)));
        long[] read = {0};
        boolean[] wasFull = {false};
        Listening out = sql.read(conn -> {
            String rulesNow = incremental ? rules(conn) : null;
            long[] received = incremental ? receivedBy(conn, settled) : null;
            boolean full = !incremental || pairs == null || from < windowFrom || !Objects.equals(rulesNow, rules)
                    || received[0] != eventsReceived;
            if (full) {
                clear();
                read[0] += scan(conn, COLUMNS + "received_at <= make_timestamp(?)" + IN_WINDOW, 1, settled, from);
            } else {
                read[0] += scan(conn, COLUMNS + RECEIVED + IN_WINDOW, 1, receivedTo, settled, from);
                read[0] += scan(conn, COLUMNS + "received_at <= make_timestamp(?) AND ts >= make_timestamp(?)"
                        + " AND ts < make_timestamp(?)", -1, receivedTo, windowFrom, from);
            }
            receivedTo = settled;
            windowFrom = from;
            rules = rulesNow;
            eventsReceived = incremental ? received[1] : 0;
            // The last minutes, not yet settled: in this answer only, so the next fold still reads them.
            String tail = COLUMNS + "received_at > make_timestamp(?)" + IN_WINDOW;
            read[0] += scan(conn, tail, 1, settled, from);
            Listening listening = snapshot();
            scan(conn, tail, -1, settled, from);
            wasFull[0] = full;
            return listening;
        });
        last = new FoldReport(wasFull[0], read[0], (System.nanoTime() - start) / 1_000_000);
        LOG.debug("listening folded ({}): {} listens read, {} pairs, in {} ms", last.full() ? "full" : "incremental",
                last.read(), out.pairs(), last.millis());
        return out;
    }

    private void clear() {
        userIndex.clear();
        userIds.clear();
        trackIndex.clear();
        trackIds.clear();
        pairs = CoListeningPairs.counted();
    }

    /** Adds ({@code sign} 1) or takes out (-1) the listens the query answers; returns how many it read. */
    private long scan(Connection conn, String query, int sign, long... micros) throws SQLException {
        long n = 0;
        try (PreparedStatement ps = conn.prepareStatement(query)) {
            for (int i = 0; i < micros.length; i++) {
                ps.setLong(i + 1, micros[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long played = rs.getLong(4);
                    Long msPlayed = rs.wasNull() ? null : played;
                    double weight = CoListeningWeights.weight(EventType.WIRE.find(rs.getString(3)).orElseThrow(), msPlayed);
                    pairs.add(intern(rs.getString(1), userIndex, userIds), intern(rs.getString(2), trackIndex, trackIds),
                            sign * weight, sign);
                    n++;
                }
            }
        }
        return n;
    }

    /** The pairs with events left, renumbered by sorted ids so that the order depends on the data alone. */
    private Listening snapshot() {
        int[] userRank = ranks(userIds);
        int[] trackRank = ranks(trackIds);
        int[] userAt = inverse(userRank);
        int[] trackAt = inverse(trackRank);
        int[] n = {0};
        pairs.forEachCounted((u, t, w, e) -> n[0]++);
        long[] keys = new long[n[0]];
        int[] i = {0};
        pairs.forEachCounted((u, t, w, e) -> keys[i[0]++] = ((long) userRank[u] << 32) | trackRank[t]);
        Arrays.sort(keys);
        double[] weights = new double[keys.length];
        int[] events = new int[keys.length];
        for (int k = 0; k < keys.length; k++) {
            int u = userAt[(int) (keys[k] >>> 32)];
            int t = trackAt[(int) keys[k]];
            weights[k] = pairs.weight(u, t);
            events[k] = pairs.events(u, t);
        }
        return new Listening(sorted(userIds), sorted(trackIds), keys, weights, events);
    }

    private static int[] inverse(int[] rank) {
        int[] at = new int[rank.length];
        for (int k = 0; k < rank.length; k++) {
            at[rank[k]] = k;
        }
        return at;
    }

    private static String[] sorted(List<String> ids) {
        String[] out = ids.toArray(new String[0]);
        Arrays.sort(out);
        return out;
    }

    /** Each id's place among the ids sorted. */
    private static int[] ranks(List<String> ids) {
        Integer[] idx = new Integer[ids.size()];
        for (int k = 0; k < idx.length; k++) {
            idx[k] = k;
        }
        Arrays.sort(idx, (a, b) -> ids.get(a).compareTo(ids.get(b)));
        int[] rank = new int[ids.size()];
        for (int r = 0; r < idx.length; r++) {
            rank[idx[r]] = r;
        }
        return rank;
    }

    private static int intern(String id, Map<String, Integer> index, List<String> ids) {
        Integer i = index.get(id);
        if (i == null) {
            i = ids.size();
            index.put(id, i);
            ids.add(id);
        }
        return i;
    }

    private static String rules(Connection conn) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(RULES); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Events received up to the fold's watermark and up to the new one. */
    private long[] receivedBy(Connection conn, long settled) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(RECEIVED_BY)) {
            ps.setLong(1, receivedTo);
            ps.setLong(2, settled);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }
    }
}
