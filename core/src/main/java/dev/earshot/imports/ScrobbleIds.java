package dev.earshot.imports;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recording identifiers as scrobble exports write them, normalised to the one form Earshot keeps
 * ({@code spotify:track:…}, an upper-case ISRC, a lower-case MusicBrainz id). A value that is not a valid id is
 * unknown (null): scrobblers fill these fields with whatever their tags held, and a wrong id would join the
 * wrong tracks.
 */
final class ScrobbleIds {
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern SPOTIFY = Pattern.compile(
            "(?:spotify:track:|https?://open\\.spotify\\.com/(?:intl-[a-z-]+/)?track/)([0-9A-Za-z]{22})(?:[?#].*)?");
    private static final Pattern ISRC = Pattern.compile("[A-Z]{2}[A-Z0-9]{3}[0-9]{7}");
    private static final Pattern YOUTUBE = Pattern.compile(
            "https?://(?:www\\.|m\\.|music\\.)?(?:youtube\\.com/watch\\?(?:.*&)?v=|youtu\\.be/)([0-9A-Za-z_-]{11})(?:[&?#].*)?");
    private static final Pattern APPLE = Pattern.compile("https?://music\\.apple\\.com/.*[?&]i=([0-9]+)(?:&.*)?");

    private ScrobbleIds() {
    }

    static String mbid(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.length() != 36) {
            return null;
        }
        t = t.toLowerCase(Locale.ROOT);
        return UUID.matcher(t).matches() ? t : null;
    }

    static String spotifyUri(String text) {
        Matcher m = text == null || !text.contains("spotify") ? null : SPOTIFY.matcher(text.strip());
        return m != null && m.matches() ? "spotify:track:" + m.group(1) : null;
    }

    static String isrc(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().replace("-", "").toUpperCase(Locale.ROOT);
        return ISRC.matcher(t).matches() ? t : null;
    }

    static String youtubeVideoId(String url) {
        Matcher m = url == null || !url.contains("youtu") ? null : YOUTUBE.matcher(url.strip());
        return m != null && m.matches() ? m.group(1) : null;
    }

    static String appleMusicId(String url) {
        Matcher m = url == null || !url.contains("music.apple.com") ? null : APPLE.matcher(url.strip());
        return m != null && m.matches() ? m.group(1) : null;
    }
}
