package dev.earshot.users;

import static dev.earshot.users.UserFixture.DAY;
import static dev.earshot.users.UserFixture.T0;
import static dev.earshot.users.UserFixture.count;
import static dev.earshot.users.UserFixture.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.analytics.Analytics;
import dev.earshot.analytics.AnalyticsFilter;
import dev.earshot.analytics.Overview;
import dev.earshot.analytics.Rollups;
import dev.earshot.auth.KeyRequest;
import dev.earshot.auth.KeyStore;
import dev.earshot.auth.NewKey;
import dev.earshot.auth.Scope;
import dev.earshot.analytics.AnalyticsFilter;
import dev.earshot.store.DuckDbWarehouse;
import dev.earshot.store.EventOrigin;
import dev.earshot.store.StoredEvent;
import dev.earshot.testkit.Listen;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserErasureTest {
    @TempDir
    Path dir;

    /** u: two plays in the copy and one after its watermark; v: one play; a rejected event each and one unparseable. */
    private UserFixture fixture() {
        UserFixture f = UserFixture.of(dir, List.of(Listen.play("u1", "u", T0), Listen.play("u2", "u", T0.plusSeconds(60)),
                Listen.play("v1", "v", T0)));
        f.write(List.of(Listen.play("u3", "u", T0.plusSeconds(120)).receivedAt(f.clock.instant())));
        f.warehouse.write(List.of(), List.of(rejected("{\"user_id\":\"u\",\"event_id\":\"r1\"}"),
                rejected("{\"user_id\":\"v\",\"event_id\":\"r2\"}"), rejected("not json, user_id u")));
        return f;
    }

    @Test
    void deletesEveryRowOfTheListenerAndAnswersHowManyEvents() {
        try (UserFixture f = fixture()) {
            UserErasure.Erased erased = erasure(f).erase("u", java.util.Optional.of("k1")).orElseThrow();
            assertThat(erased.deletedEvents()).isEqualTo(3);
            assertThat(erased.removed()).containsEntry("rejected_events", 2L).containsEntry("user_listens", 2L);
            assertThat(count(f.warehouse, "SELECT count(*) FROM events WHERE user_id = 'u'")).isZero();
            assertThat(count(f.warehouse, "SELECT count(*) FROM user_listens WHERE user_id = 'u'")).isZero();
            assertThat(count(f.warehouse, "SELECT row_count FROM user_listens_state")).isEqualTo(1);
            assertThat(count(f.warehouse, "SELECT count(*) FROM rejected_events WHERE raw LIKE '%\"u\"%'")).isZero();
            assertThat(f.profiles.profile("u", AnalyticsFilter.of(DAY))).isEmpty();
        }
    }

    @Test
    void leavesEveryOtherListenerAlone() {
        try (UserFixture f = fixture()) {
            erasure(f).erase("u", java.util.Optional.empty());
            assertThat(f.profiles.profile("v", AnalyticsFilter.of(DAY)).orElseThrow().plays()).isEqualTo(1);
            assertThat(count(f.warehouse, "SELECT count(*) FROM user_listens WHERE user_id = 'v'")).isEqualTo(1);
            // the unparseable body named u: it went with them
            assertThat(count(f.warehouse, "SELECT count(*) FROM rejected_events")).isEqualTo(1);
        }
    }

    @Test
    void answersNothingForAnUnknownListener() {
        try (UserFixture f = fixture()) {
            assertThat(erasure(f).erase("nobody", java.util.Optional.empty())).isEmpty();
            assertThat(f.warehouse.countEvents()).isEqualTo(4);
        }
    }

    @Test
    void aLaterCatchUpDoesNotBringErasedRowsBack() {
        try (UserFixture f = fixture()) {
            erasure(f).erase("u", java.util.Optional.empty());
            new UserListens(f.warehouse, java.time.Clock.offset(f.clock, java.time.Duration.ofHours(1))).catchUp();
            assertThat(count(f.warehouse, "SELECT count(*) FROM user_listens WHERE user_id = 'u'")).isZero();
        }
    }

    @Test
    void writesAnAuditRowWithTheIdOnlyAsAKeyedHash() {
        try (UserFixture f = fixture()) {
            ErasureAudit audit = ErasureAudit.open(dir.resolve("erasure-key"));
            erasure(f).erase("u", java.util.Optional.of("k1"));
            assertThat(count(f.warehouse, "SELECT count(*) FROM erasure_audit WHERE key_id = 'k1' AND user_hmac = '"
                    + audit.hmac("u") + "' AND removed LIKE '%\"events\":3%'")).isEqualTo(1);
            assertThat(audit.hmac("u")).isNotEqualTo(ErasureAudit.open(dir.resolve("other-key")).hmac("u"));
        }
    }

    @Test
    void removesTheKeysBoundToTheListenerAndNoOthers() {
        try (UserFixture f = fixture()) {
            KeyStore keys = new KeyStore(f.warehouse, f.warehouse, f.clock);
            NewKey theirs = keys.create(new KeyRequest(Set.of(Scope.INGEST), Optional.of("u"), "u's scrobbler"));
            NewKey others = keys.create(new KeyRequest(Set.of(Scope.INGEST), Optional.of("v"), "v's scrobbler"));
            UserErasure erasure = new UserErasure(f.listens, ErasureAudit.open(dir.resolve("erasure-key")),
                    keys::reload, f.clock);

            assertThat(erasure.erase("u", Optional.empty()).orElseThrow().removed()).containsEntry("api_keys", 1L);
            assertThat(keys.authenticate(theirs.secret())).isEmpty();
            assertThat(keys.authenticate(others.secret())).isPresent();
        }
    }

    @Test
    void removesTheListenersNowPlayingNoticesAndImportJobsAndNoOthers() {
        try (UserFixture f = fixture()) {
            f.warehouse.writeAside(conn -> {
                try (var st = conn.createStatement()) {
                    for (String user : List.of("u", "v")) {
                        st.execute("INSERT INTO now_playing VALUES ('np-" + user + "', '" + user + "', 'Artist', 'Song',"
                                + " NULL, NULL, NULL, 'other', TIMESTAMP '2024-01-16 12:00:00',"
                                + " TIMESTAMP '2024-01-16 12:05:00', NULL)");
                        st.execute("INSERT INTO import_jobs VALUES ('job-" + user + "', '" + user + "', 'done', 1, 1,"
                                + " TIMESTAMP '2024-01-16 12:00:00', NULL, NULL, '{}')");
                    }
                }
                return null;
            });
            var removed = erasure(f).erase("u", Optional.empty()).orElseThrow().removed();
            assertThat(removed).containsEntry("now_playing", 1L).containsEntry("import_jobs", 1L);
            assertThat(count(f.warehouse, "SELECT count(*) FROM now_playing WHERE user_id = 'u'")).isZero();
            assertThat(count(f.warehouse, "SELECT count(*) FROM import_jobs WHERE user_id = 'u'")).isZero();
            assertThat(count(f.warehouse, "SELECT count(*) FROM now_playing WHERE user_id = 'v'")).isEqualTo(1);
            assertThat(count(f.warehouse, "SELECT count(*) FROM import_jobs WHERE user_id = 'v'")).isEqualTo(1);
        }
    }

    @Test
    void matchesTheIdInRawTextOnlyAsAWholeToken() {
        String pattern = UserErasure.rawTextPattern("u1");
        assertThat("x u1 y".matches(".*" + pattern + ".*")).isTrue();
        assertThat("{\"user_id\":\"u1\"}".matches(".*" + pattern + ".*")).isTrue();
        assertThat("u12 and xu1".matches(".*" + pattern + ".*")).isFalse();
    }

    @Test
    void erasingASourceDeletesItsEventsFromTheEventsTheCopyAndTheRollupsAndNothingElse() {
        try (UserFixture f = fixture()) {
            f.warehouse.write(List.of(simulated(Listen.play("s1", "u", T0.plusSeconds(30)).receivedAt(f.clock.instant())),
                    simulated(Listen.play("s2", "w", T0.plusSeconds(90)).receivedAt(f.clock.instant()))), List.of());
            // An hour later, so that the copy takes them (and u3) in.
            new UserListens(f.warehouse, java.time.Clock.offset(f.clock, java.time.Duration.ofHours(1))).catchUp();
            new Rollups(f.warehouse).ensure().refresh(f.clock.instant().plusSeconds(3600));
            AnalyticsFilter all = new AnalyticsFilter(T0.minusSeconds(3600), T0.plusSeconds(3600), null, null);
            long plays = Analytics.over(f.warehouse).activity().overview(all).plays();
            assertThat(count(f.warehouse, "SELECT count(*) FROM user_listens WHERE source = 'simulation'")).isEqualTo(2);

            assertThat(erasure(f).eraseSource(EventOrigin.SIMULATION)).isEqualTo(2);

            assertThat(f.warehouse.countEvents()).isEqualTo(4);
            assertThat(count(f.warehouse, "SELECT count(*) FROM user_listens WHERE source = 'simulation'")).isZero();
            assertThat(count(f.warehouse, "SELECT row_count FROM user_listens_state")).isEqualTo(4);
            assertThat(f.profiles.profile("w", AnalyticsFilter.of(DAY))).isEmpty();
            assertThat(f.profiles.profile("u", AnalyticsFilter.of(DAY)).orElseThrow().plays()).isEqualTo(3);
            Overview raw = Analytics.over(f.warehouse).activity().overview(all);
            assertThat(raw.plays()).isEqualTo(plays - 2);
            assertThat(Analytics.withRollups(f.warehouse).activity().overview(all)).isEqualTo(raw);
            assertThat(erasure(f).eraseSource(EventOrigin.SIMULATION)).isZero();
        }
    }

    private static StoredEvent simulated(Listen listen) {
        return new StoredEvent(listen.event(), listen.receivedAt(), listen.enrichment(), EventOrigin.SIMULATION);
    }

    private UserErasure erasure(UserFixture f) {
        return new UserErasure(f.listens, ErasureAudit.open(dir.resolve("erasure-key")), () -> { }, f.clock);
    }
}
