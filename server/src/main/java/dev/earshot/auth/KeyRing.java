package dev.earshot.auth;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What the HTTP layer and the scrobbler protocols ask of the key store (implemented by {@link KeyStore}). It
 * answers with real keys whether or not the routes demand one: the scrobbler protocols always need a key bound
 * to a listener, as they must know whose listen it is.
 */
public interface KeyRing {
    /** The live (not revoked) key whose secret this is. */
    Optional<ApiKey> authenticate(String secret);

    /**
     * For challenge-response protocols (AudioScrobbler 1.2 {@code a = md5(md5(key) + t)}, Last.fm
     * {@code authToken = md5(username + md5(key))}), which need md5(key): the live key bound to {@code userId}
     * for which {@code matches.test(md5hex(key))} holds.
     */
    Optional<ApiKey> matchLegacy(String userId, Predicate<String> matches);

    /** The live key with this id for which {@code matches.test(md5hex(key))} holds (session keys made from md5(key)). */
    Optional<ApiKey> matchById(String keyId, Predicate<String> matches);

    /** Records that a key delivered a listen (the "Connect a scrobbler" page shows when). */
    void delivered(String keyId, Instant at);
}
