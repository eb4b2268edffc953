package dev.earshot.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The warehouse schema as an ordered list of migrations. A database records the version it is at; at start
 * every later migration runs, each in its own transaction. Never edit a released migration: add one.
 * Column names and types are the contract the BigQuery and cluster sinks follow too.
 */
final class Schema {
    static final List<String> MIGRATIONS = List.of(
            """
            CREATE TABLE events (
                event_id      VARCHAR   NOT NULL,
                event_type    VARCHAR   NOT NULL,
                user_id       VARCHAR   NOT NULL,
                track_id      VARCHAR   NOT NULL,
                ts            TIMESTAMP NOT NULL,
                device_ts     TIMESTAMP NOT NULL,
                received_at   TIMESTAMP NOT NULL,
                platform      VARCHAR   NOT NULL,
                country       VARCHAR,
                region        VARCHAR,
                city          VARCHAR,
                session_id    VARCHAR,
                position_ms   BIGINT,
                ms_played     BIGINT,
                duration_ms   BIGINT,
                device        VARCHAR,
                context_type  VARCHAR,
                context_id    VARCHAR,
                mood          VARCHAR,
                valence       DOUBLE,
                arousal       DOUBLE,
                mood_confidence DOUBLE,
                mood_source   VARCHAR,
                genre         VARCHAR,
                genre_p       DOUBLE,
                genre_source  VARCHAR,
                context       VARCHAR,
                time_of_day   VARCHAR,
                weekday       BOOLEAN,
                context_confidence DOUBLE,
                engagement    DOUBLE,
                similar_tracks VARCHAR[],
                model_version VARCHAR
            );
            CREATE TABLE tracks (
                track_id          VARCHAR PRIMARY KEY,
                title             VARCHAR,
                artist            VARCHAR,
                album             VARCHAR,
                duration_ms       BIGINT,
                genres            VARCHAR[],
                danceability      DOUBLE,
                energy            DOUBLE,
                valence           DOUBLE,
                tempo             DOUBLE,
                acousticness      DOUBLE,
                instrumentalness  DOUBLE,
                speechiness       DOUBLE,
                liveness          DOUBLE,
                loudness          DOUBLE,
                updated_at        TIMESTAMP NOT NULL
            );
            CREATE TABLE rejected_events (
                received_at   TIMESTAMP NOT NULL,
                request_id    VARCHAR   NOT NULL,
                idx           INTEGER   NOT NULL,
                event_id      VARCHAR,
                kind          VARCHAR   NOT NULL,
                errors        VARCHAR   NOT NULL,
                raw           VARCHAR   NOT NULL
            );
            """,
            // v2: the listener's wall-clock time (zone from the event's location; null when that is unknown), so
            // that heatmaps and listening clocks group in local time; and the whole genre distribution, not only
            // its top genre. Rows stored before v2 get both from `earshot enrich backfill`.
            """
            ALTER TABLE events ADD COLUMN local_ts TIMESTAMP;
            ALTER TABLE events ADD COLUMN genre_names VARCHAR[];
            ALTER TABLE events ADD COLUMN genre_probs DOUBLE[];
            """,
            // v3: what Claude said about tracks the catalog does not describe (checked, our labels only), one row
            // per track, so that a restart does not pay for a track again. Written by the LLM worker, not the
            // ingest writer.
            """
            CREATE TABLE llm_track_insights (
                track_id      VARCHAR   PRIMARY KEY,
                genres        VARCHAR[] NOT NULL,
                genre_probs   DOUBLE[]  NOT NULL,
                mood          VARCHAR   NOT NULL,
                valence       DOUBLE    NOT NULL,
                arousal       DOUBLE    NOT NULL,
                model         VARCHAR   NOT NULL,
                created_at    TIMESTAMP NOT NULL
            );
            """,
            // v4: a copy of the events' per-user columns kept ordered by user (users.UserListens), so that one
            // listener's questions skip every other listener's row groups, and how far the copy has got. Derived
            // from events: builds before v4 made these tables outside the migrations, so v4 drops them to start
            // the copy afresh. No constraints, so that re-sorting it with CREATE OR REPLACE ... AS keeps its shape.
            """
            DROP TABLE IF EXISTS user_listens;
            DROP TABLE IF EXISTS user_listens_state;
            CREATE TABLE user_listens (
                user_id       VARCHAR,
                ts            TIMESTAMP,
                local_ts      TIMESTAMP,
                event_type    VARCHAR,
                track_id      VARCHAR,
                ms_played     BIGINT,
                genre         VARCHAR,
                mood          VARCHAR,
                context       VARCHAR,
                platform      VARCHAR,
                country       VARCHAR,
                engagement    DOUBLE
            );
            CREATE TABLE user_listens_state (
                covered_until TIMESTAMP NOT NULL,
                row_count     BIGINT    NOT NULL,
                tail          BIGINT    NOT NULL
            );
            INSERT INTO user_listens_state VALUES (make_timestamp(0), 0, 0);
            """,
            // v5: API keys (auth.KeyStore). Only hashes of a secret are kept: SHA-256 to look it up, md5 for the
            // legacy scrobbler protocols' challenge. Written beside the ingest writer, never by it.
            """
            CREATE TABLE api_keys (
                id                VARCHAR   PRIMARY KEY,
                name              VARCHAR   NOT NULL,
                scopes            VARCHAR   NOT NULL,
                user_id           VARCHAR,
                secret_sha256     VARCHAR   NOT NULL,
                secret_md5        VARCHAR   NOT NULL,
                created_at        TIMESTAMP NOT NULL,
                revoked_at        TIMESTAMP,
                last_delivered_at TIMESTAMP
            );
            """,
            // v6: one track per song across sources (imports.TrackResolver): every identifier an import met for a
            // recording (Spotify URI, isrc:…, mbid:…, youtube:…, apple:…, the earshot:track: identity of artist and
            // title) and the track it names. Written by imports as jobs of the one writer.
            """
            CREATE TABLE track_aliases (
                alias     VARCHAR PRIMARY KEY,
                track_id  VARCHAR NOT NULL
            );
            """,
            // v7: cleanup rules (rules.CleanupRules): the document as last saved, and its effect in small tables
            // that the views of RuleViews read, so that a change applies to all history at once and no listen is
            // ever deleted. rule_exclusions: kind (artist, album, track, genre, listener, spoken) and value (names
            // lower case, ids as given); rule_artists: an artist credit (lower case) and each name it counts for (a
            // merge gives one, a split several); rule_excluded_tracks: the catalog tracks the exclusions match,
            // kept current by RuleViews (a set to hash, not a catalog scan in every question).
            """
            CREATE TABLE cleanup_rules (
                document    VARCHAR   NOT NULL,
                updated_at  TIMESTAMP NOT NULL
            );
            CREATE TABLE rule_exclusions (
                kind   VARCHAR NOT NULL,
                value  VARCHAR NOT NULL
            );
            CREATE TABLE rule_artists (
                artist    VARCHAR NOT NULL,
                credited  VARCHAR NOT NULL
            );
            CREATE TABLE rule_excluded_tracks (
                track_id  VARCHAR NOT NULL
            );
            """,
            // v8: where each event came from (store.EventOrigin: api, simulation, import:<format>, or a scrobbler
            // protocol), so that simulated events can be told apart, left out or deleted in bulk. Rows stored before
            // v8 keep null: their origin was not recorded and is not guessed.
            """
            ALTER TABLE events ADD COLUMN source VARCHAR;
            """,
            // v9: the scrobblers' now-playing notices (sources.NoticeTable) and which listen completed each, so that a
            // listen submitted (or resubmitted) after a restart completes the play its notice started instead of
            // adding a second one. Kept a day; written as jobs of the one writer.
            """
            CREATE TABLE IF NOT EXISTS now_playing (
                play_event_id  VARCHAR   PRIMARY KEY,
                user_id        VARCHAR   NOT NULL,
                artist         VARCHAR   NOT NULL,
                title          VARCHAR   NOT NULL,
                album          VARCHAR,
                duration_ms    BIGINT,
                recording_mbid VARCHAR,
                platform       VARCHAR   NOT NULL,
                started_at     TIMESTAMP NOT NULL,
                shown_until    TIMESTAMP NOT NULL,
                listen_key     VARCHAR
            );
            """,
            // v10: imports as GET /v1/imports/{id} shows them (importjobs.ImportJobTable), so that an import's
            // summary outlives a restart and an import cut off by a crash reads `interrupted`. The listener is kept
            // as the warehouse keeps them (a pseudonym when the server pseudonymises), the summary as JSON.
            """
            CREATE TABLE import_jobs (
                id           VARCHAR   PRIMARY KEY,
                user_id      VARCHAR   NOT NULL,
                state        VARCHAR   NOT NULL,
                files_total  INTEGER   NOT NULL,
                files_done   INTEGER   NOT NULL,
                created_at   TIMESTAMP NOT NULL,
                finished_at  TIMESTAMP,
                error        VARCHAR,
                summary      VARCHAR   NOT NULL
            );
            """,
            // v11: the per-user copy keeps each event's source too, so that a rule excluding a source (rules.RuleCheck)
            // and a deletion by source (users.UserErasure) apply to it. Its rows cannot be matched to their events
            // (the copy has no event id), so the copy starts afresh: the next catch-up reloads it in one sorted insert,
            // and readers take what it lacks from events meanwhile (users.UserRows), so answers stay exact.
            """
            ALTER TABLE user_listens ADD COLUMN source VARCHAR;
            DELETE FROM user_listens;
            UPDATE user_listens_state SET covered_until = make_timestamp(0), row_count = 0, tail = 0;
            """);

    private Schema() {
    }

    /** Brings the database to the latest version; returns the version it is at afterwards. */
    static int migrate(Connection conn) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL)");
            int current = currentVersion(st);
            if (current > MIGRATIONS.size()) {
                throw new IllegalStateException("database schema version " + current + " is newer than this Earshot ("
                        + MIGRATIONS.size() + "); upgrade Earshot");
            }
            for (int v = current + 1; v <= MIGRATIONS.size(); v++) {
                apply(conn, st, v);
            }
            return MIGRATIONS.size();
        }
    }

    private static int currentVersion(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void apply(Connection conn, Statement st, int version) throws SQLException {
        boolean auto = conn.getAutoCommit();
        conn.setAutoCommit(false);
        try {
            st.execute(MIGRATIONS.get(version - 1));
            st.execute("INSERT INTO schema_version VALUES (" + version + ", now()::TIMESTAMP)");
            conn.commit();
        } catch (SQLException e) {
            conn.rollback();
            throw e;
        } finally {
            conn.setAutoCommit(auto);
        }
    }
}
