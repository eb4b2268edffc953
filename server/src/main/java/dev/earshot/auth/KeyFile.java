package dev.earshot.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A secret kept in a file of its own (32 random bytes as hex, readable by the owner only), made on first use,
 * and the keyed hash (HMAC-SHA256) under it. The erasure audit and the pseudonyms of user ids each use one:
 * whoever holds the file can confirm an id; the database alone cannot reveal it.
 */
public final class KeyFile {
    private final byte[] key;

    private KeyFile(byte[] key) {
        this.key = key;
    }

    /** Reads the key file, or makes one when it is missing. */
    public static KeyFile open(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return new KeyFile(HexFormat.of().parseHex(Files.readString(file).strip()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the key file " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the key file " + file + " must hold the key as hex digits", e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        try {
            Files.createFile(file);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the folder's own permissions guard it
            }
            Files.writeString(file, HexFormat.of().formatHex(fresh));
        } catch (FileAlreadyExistsException e) {
            // made meanwhile by another process: the caller reads it
        }
    }

    /** HMAC-SHA256 of {@code text} under the key, as 64 hex digits. */
    public String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this Java", e);
        }
    }
}
