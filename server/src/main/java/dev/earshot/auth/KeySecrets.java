package dev.earshot.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Key secrets: {@code esk_} and 32 random bytes in base64url (43 characters). The store keeps only their
 * SHA-256 (to look a secret up) and their md5 (which the legacy scrobbler protocols hash into their challenge;
 * a 256-bit random secret cannot be recovered from it).
 */
final class KeySecrets {
    static final String PREFIX = "esk_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeySecrets() {
    }

    static String newSecret() {
        return PREFIX + randomBase64(32);
    }

    /** A short public id, shown in lists and audit rows, that reveals nothing of the secret. */
    static String newId() {
        return "key_" + randomBase64(9);
    }

    static String sha256Hex(String secret) {
        return hex("SHA-256", secret);
    }

    static String md5Hex(String secret) {
        return hex("MD5", secret);
    }

    private static String randomBase64(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String hex(String algorithm, String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has " + algorithm, e);
        }
    }
}
