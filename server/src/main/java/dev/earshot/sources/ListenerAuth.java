package dev.earshot.sources;

import dev.earshot.auth.ApiKey;
import dev.earshot.auth.KeyRing;
import dev.earshot.auth.RateBudget;
import dev.earshot.auth.Scope;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Who a scrobbler is, from the key it holds. Every protocol needs a key bound to a listener (the key says whose
 * listen it is) that may send listens (scope {@code ingest}, or {@code admin}); an unbound key is refused, as
 * no protocol names the listener in a way we would trust. This holds whether or not /v1 demands keys.
 */
public final class ListenerAuth {
    private final KeyRing keys;
    private final Function<String, RateBudget> spend;

    /**
     * {@code spend} counts one request of a key against its rate limit (auth.Admission#spend), throwing when the key
     * has spent it: every request a key authenticates, through any protocol, counts as one API request does.
     */
    public ListenerAuth(KeyRing keys, Function<String, RateBudget> spend) {
        this.keys = keys;
        this.spend = spend;
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

    /**
     * A session key for a protocol that keeps one for good (Last.fm's {@code sk}, AudioScrobbler's session id):
     * the key's id and a digest of md5(key) salted by the protocol, so it lasts across restarts, needs no table,
     * and dies with the key when it is revoked.
     */
    public String sessionFor(Listener who, String salt) {
        // The key ring never hands out md5(key); it lets a predicate see it, which here keeps the digest.
        String[] digest = new String[1];
        keys.matchById(who.keyId(), md5 -> {
            digest[0] = Md5.hex(salt + ":" + md5);
            return true;
        }).orElseThrow(() -> new NotAllowedException(NotAllowedException.Reason.INVALID, "the key was revoked"));
        return who.keyId() + "." + digest[0];
    }

    /** The listener whose session key this is. */
    public Listener bySession(String session, String salt) {
        int dot = session == null ? -1 : session.lastIndexOf('.');
        if (dot <= 0) {
            throw new NotAllowedException(NotAllowedException.Reason.INVALID, "the session key is not valid");
        }
        String keyId = session.substring(0, dot);
        String digest = session.substring(dot + 1);
        ApiKey key = keys.matchById(keyId, m -> Md5.hex(salt + ":" + m).equals(digest))
                .orElseThrow(() -> new NotAllowedException(NotAllowedException.Reason.INVALID,
                        "the session key is not valid (unknown, or its key was revoked)"));
        return listenerOf(key);
    }

    /**
     * What is left of the key's limit, when the secret is a key that may read {@code userId}'s listens (bound to
     * them, or with read scope); empty when it may not.
     */
    public Optional<RateBudget> mayRead(String secret, String userId) {
        return keys.authenticate(secret == null ? null : secret.strip())
                .filter(k -> k.allows(Scope.READ) || k.userId().filter(userId::equals).isPresent())
                .map(k -> spend.apply(k.id()));
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
        return new Listener(key.userId().get(), key.id(), spend.apply(key.id()));
    }
}
