package dev.earshot.event;

import java.util.Locale;

/**
 * The platform a hint names, one rule for every door a listen comes in by: ListenBrainz's {@code music_service}
 * (a domain such as {@code spotify.com}, live or in an export) or {@code music_service_name}, Web Scrobbler's
 * connector id or label, an origin URL. Anything not recognised is {@link Platform#OTHER}: a local player is not a
 * streaming service, and neither is plain YouTube ({@code youtube.com}, {@code youtu.be}): it is the video site,
 * not YouTube Music, as the Takeout reader counts it too.
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
        // "YouTube Music", "youtube-music", "youtube_music" and "YouTubeMusic" are one name.
        String h = hint.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").replace(" ", "");
        if (h.contains("music.youtube") || h.contains("youtubemusic")) {
            return Platform.YOUTUBE_MUSIC;
        }
        if (h.contains("music.apple") || h.contains("applemusic") || h.contains("itunes")) {
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
        if (h.contains("music.amazon") || h.contains("amazonmusic") || h.equals("amazon")) {
            return Platform.AMAZON_MUSIC;
        }
        return Platform.OTHER;
    }
}
