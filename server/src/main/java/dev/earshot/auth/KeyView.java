package dev.earshot.auth;

import java.time.Instant;
import java.util.List;

/** A key as the API and the CLI show it (snake_case on the wire); {@code secret} only in the answer that created it. */
public record KeyView(String id, String name, List<String> scopes, String userId, Instant createdAt, Instant revokedAt,
                      Instant lastDeliveredAt, String secret) {

    public static KeyView of(ApiKey key, KeyStore store) {
        return new KeyView(key.id(), key.name(), key.scopes().stream().sorted().map(Scope::wire).toList(),
                key.userId().orElse(null), key.createdAt(), key.revokedAt().orElse(null),
                store.lastDelivered(key.id()).orElse(null), null);
    }

    public static KeyView created(NewKey created) {
        ApiKey key = created.key();
        return new KeyView(key.id(), key.name(), key.scopes().stream().sorted().map(Scope::wire).toList(),
                key.userId().orElse(null), key.createdAt(), null, null, created.secret());
    }
}
