package dev.earshot.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.earshot.store.DuckDbWarehouse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static KeyRequest request(String userId, Scope... scopes) {
        return new KeyRequest(Set.of(scopes), Optional.ofNullable(userId), "test");
    }

    @Test
    void authenticatesTheSecretItShowedOnceAndNothingElse() {
        try (DuckDbWarehouse w = DuckDbWarehouse.open(dir.resolve("k.duckdb"), null, CLOCK)) {
            KeyStore keys = new KeyStore(w, w, CLOCK);
            NewKey created = keys.create(request(null, Scope.READ));
            assertThat(created.secret()).startsWith("esk_").hasSize(4 + 43);
            assertThat(keys.authenticate(created.secret())).contains(created.key());
            assertThat(keys.authenticate(created.secret() + "x")).isEmpty();
            assertThat(keys.authenticate("esk_" + "A".repeat(43))).isEmpty();
            assertThat(keys.authenticate(null)).isEmpty();
        }
    }

    @Test
    void adminImpliesTheOtherScopes() {
        ApiKey admin = new ApiKey("k", "", Set.of(Scope.ADMIN), Optional.empty(), CLOCK.instant(), Optional.empty());
        ApiKey ingest = new ApiKey("k", "", Set.of(Scope.INGEST), Optional.empty(), CLOCK.instant(), Optional.empty());
        assertThat(admin.allows(Scope.READ)).isTrue();
        assertThat(admin.allows(Scope.INGEST)).isTrue();
        assertThat(ingest.allows(Scope.READ)).isFalse();
        assertThat(ingest.allows(Scope.ADMIN)).isFalse();
    }

    @Test
    void aRevokedKeyStopsWorkingAndStaysListed() {
        try (DuckDbWarehouse w = DuckDbWarehouse.open(dir.resolve("k.duckdb"), null, CLOCK)) {
            KeyStore keys = new KeyStore(w, w, CLOCK);
            NewKey created = keys.create(request(null, Scope.ADMIN));
            assertThat(keys.anyLive()).isTrue();
            assertThat(keys.revoke(created.key().id())).isTrue();
            assertThat(keys.authenticate(created.secret())).isEmpty();
            assertThat(keys.anyLive()).isFalse();
            assertThat(keys.list()).singleElement().satisfies(k -> assertThat(k.revokedAt()).contains(CLOCK.instant()));
            assertThat(keys.revoke("key_nope")).isFalse();
        }
    }

    @Test
    void bindsAKeyToTheListenersPseudonymWhenPseudonymising() throws Exception {
        Pseudonyms pseudonyms = Pseudonyms.from(dir.resolve("pseudonyms.key"));
        try (DuckDbWarehouse w = DuckDbWarehouse.open(dir.resolve("p.duckdb"), null, CLOCK)) {
            KeyStore keys = new KeyStore(w, w, CLOCK, pseudonyms);
            NewKey created = keys.create(request("alice", Scope.INGEST));

            assertThat(created.key().userId()).contains(pseudonyms.of("alice")).isNotEqualTo(Optional.of("alice"));
            // A legacy scrobbler logs in with the listener's own name.
            assertThat(keys.matchLegacy("alice", md5 -> true)).map(ApiKey::id).contains(created.key().id());
        }
    }

    @Test
    void keepsOnlyHashesOfTheSecretInTheFile() throws Exception {
        Path file = dir.resolve("k.duckdb");
        String secret;
        String id;
        try (DuckDbWarehouse w = DuckDbWarehouse.open(file, null, CLOCK)) {
            NewKey created = new KeyStore(w, w, CLOCK).create(request("alice", Scope.INGEST));
            secret = created.secret();
            id = created.key().id();
        }
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertThat(bytes).contains(id).doesNotContain(secret).doesNotContain(secret.substring(4));
        try (DuckDbWarehouse w = DuckDbWarehouse.open(file, null, CLOCK)) {
            ApiKey reopened = new KeyStore(w, w, CLOCK).authenticate(secret).orElseThrow();
            assertThat(reopened.userId()).contains("alice");
            assertThat(reopened.scopes()).containsExactly(Scope.INGEST);
        }
    }

    @Test
    void matchesLegacyChallengesOnTheMd5OfTheKeyOfThatListenerOnly() {
        try (DuckDbWarehouse w = DuckDbWarehouse.open(dir.resolve("k.duckdb"), null, CLOCK)) {
            KeyStore keys = new KeyStore(w, w, CLOCK);
            NewKey alice = keys.create(request("alice", Scope.INGEST));
            keys.create(request("bob", Scope.INGEST));
            String md5 = KeySecrets.md5Hex(alice.secret());
            assertThat(keys.matchLegacy("alice", md5::equals)).contains(alice.key());
            assertThat(keys.matchLegacy("bob", md5::equals)).isEmpty();
            keys.revoke(alice.key().id());
            assertThat(keys.matchLegacy("alice", md5::equals)).isEmpty();
        }
    }

    @Test
    void remembersWhenAKeyLastDelivered() {
        try (DuckDbWarehouse w = DuckDbWarehouse.open(dir.resolve("k.duckdb"), null, CLOCK)) {
            KeyStore keys = new KeyStore(w, w, CLOCK);
            NewKey created = keys.create(request("alice", Scope.INGEST));
            Instant at = Instant.parse("2026-01-05T10:03:00Z");
            keys.delivered(created.key().id(), at);
            assertThat(new KeyStore(w, w, CLOCK).lastDelivered(created.key().id())).contains(at);
        }
    }

    @Test
    void refusesUnknownScopesAndKeysWithoutAny() {
        assertThatThrownBy(() -> KeyRequest.parse(List.of("root"), null, "")).hasMessageContaining("unknown scope 'root'");
        assertThatThrownBy(() -> KeyRequest.parse(List.of(), null, "")).hasMessageContaining("at least one scope");
        assertThat(KeyRequest.parse(List.of("read,ingest"), "", "").scopes()).containsExactlyInAnyOrder(Scope.READ, Scope.INGEST);
    }
}
