package dev.earshot.sources;

import dev.earshot.event.Platform;
import java.util.Locale;

/**
 * The platform a scrobbler's hint names: ListenBrainz's {@code music_service} (a domain such as
 * {@code spotify.com}) or {@code music_service_name}, Web Scrobbler's connector id or label, an origin URL.
 * Anything not recognised is {@link Platform#OTHER}: a local player is not a streaming service.
 */
public final class PlatformHints {
    private PlatformHints() {
    }

    /** The first hint that names a known service; {@code OTHER} when none does. */
    public static Platform of(String... hints) {
        for (String hint : hints) {
            Platform p = one(hint);
            if (p != Platform.OTHER) {
                return p;
            }
        }
        return Platform.OTHER;
    }

    private static Platform one(String hint) {
        if (hint == null) {
            return Platform.OTHER;
        }
        String h = hint.toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ');
        if (h.contains("music.youtube") || h.contains("youtube music")) {
            return Platform.YOUTUBE_MUSIC;
        }
        if (h.contains("music.apple") || h.contains("apple music") || h.contains("itunes")) {
            return Platform.APPLE_MUSIC;
        }
        if (h.contains("spotify")) {
            return Platform.SPOTIFY;
        }
        if (h.contains("soundcloud")) {
            return Platform.SOUNDCLOUD;
        }
        if (h.contains("deezer")) {
            return Platform.DEEZER;
        }
        if (h.contains("tidal")) {
            return Platform.TIDAL;
        }
        if (h.contains("music.amazon") || h.contains("amazon music") || h.equals("amazon")) {
            return Platform.AMAZON_MUSIC;
        }
        return Platform.OTHER;
    }
}
