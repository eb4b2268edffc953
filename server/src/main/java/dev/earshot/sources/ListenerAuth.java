package dev.earshot.sources;

import dev.earshot.auth.ApiKey;
import dev.earshot.auth.KeyRing;
import dev.earshot.auth.Scope;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Who a scrobbler is, from the key it holds. Every protocol needs a key bound to a listener (the key says whose
 * listen it is) that may send listens (scope {@code ingest}, or {@code admin}); an unbound key is refused, as
 * no protocol names the listener in a way we would trust. This holds whether or not /v1 demands keys.
 */
public final class ListenerAuth {
    private final KeyRing keys;

    public ListenerAuth(KeyRing keys) {
        this.keys = keys;
    }

    /** The listener whose key this secret is. */
    public Listener bySecret(String secret) {
        ApiKey key = keys.authenticate(secret == null ? null : secret.strip())
                .orElseThrow(() -> new NotAllowedException(NotAllowedException.Reason.INVALID,
                        "the token is not a valid key (unknown or revoked)"));
        return listenerOf(key);
    }

    /** The listener {@code userId}, when one of its keys passes {@code matches} on md5(key) (challenge protocols). */
    public Optional<Listener> byChallenge(String userId, Predicate<String> matches) {
        if (userId == null || userId.isBlank()) {
            return Optional.empty();
        }
        return keys.matchLegacy(userId, matches).filter(k -> k.allows(Scope.INGEST)).map(this::listenerOf);
    }

    /** Whether the secret is a key that may read {@code userId}'s listens: bound to them, or with read scope. */
    public boolean mayRead(String secret, String userId) {
        return keys.authenticate(secret == null ? null : secret.strip())
                .filter(k -> k.allows(Scope.READ) || k.userId().filter(userId::equals).isPresent())
                .isPresent();
    }

    private Listener listenerOf(ApiKey key) {
        if (key.userId().isEmpty()) {
            throw new NotAllowedException(NotAllowedException.Reason.NOT_A_LISTENER, "the key " + key.id()
                    + " is not bound to a listener: create one with a user (earshot keys create --scope ingest --user ID)");
        }
        if (!key.allows(Scope.INGEST)) {
            throw new NotAllowedException(NotAllowedException.Reason.NOT_A_LISTENER, "the key " + key.id()
                    + " lacks the 'ingest' scope that sending listens needs");
        }
        return new Listener(key.userId().get(), key.id());
    }
}
