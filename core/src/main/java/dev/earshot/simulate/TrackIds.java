package dev.earshot.simulate;

import dev.earshot.event.Platform;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Makes track ids in each platform's own format: Spotify URIs with 22 base62 characters, Apple Music's
 * numeric catalogue ids, YouTube's 11-character video ids. Ids are unique within a platform.
 */
final class TrackIds {
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final String BASE64URL = BASE62 + "-_";

    private final long seed;
    private final Platform platform;
    private final Set<String> issued = new HashSet<>();

    TrackIds(long seed, Platform platform) {
        this.seed = seed;
        this.platform = platform;
    }

    String next(int trackIndex) {
        SplittableRandom r = Seeds.rng(seed, 0x1D5, platform.ordinal(), trackIndex);
        String id = draw(r);
        while (!issued.add(id)) {
            id = draw(r);
        }
        return id;
    }

    private String draw(SplittableRandom r) {
        return switch (platform) {
            case SPOTIFY -> "spotify:track:" + chars(r, BASE62, 22);
            case APPLE_MUSIC -> Long.toString(1_000_000_000L + r.nextLong(9_000_000_000L));
            case YOUTUBE_MUSIC -> chars(r, BASE64URL, 11);
            default -> platform.wire() + ":track:" + chars(r, BASE62, 16);
        };
    }

    private static String chars(SplittableRandom r, String alphabet, int n) {
        char[] out = new char[n];
        for (int i = 0; i < n; i++) {
            out[i] = alphabet.charAt(r.nextInt(alphabet.length()));
        }
        return new String(out);
    }
}
