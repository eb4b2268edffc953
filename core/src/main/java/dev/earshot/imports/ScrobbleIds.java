package dev.earshot.imports;

import dev.earshot.event.Platform;
import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recording identifiers and services as scrobble exports write them, normalised to the one form Earshot keeps
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

    /**
     * The service of a canonical domain as ListenBrainz asks clients to write it in {@code music_service}
     * ("spotify.com", "music.apple.com", …; a URL is accepted too); OTHER for a service Earshot does not
     * name, null when blank.
     */
    static Platform serviceOfDomain(String domain) {
        if (domain == null || domain.isBlank()) {
            return null;
        }
        String d = domain.strip().toLowerCase(Locale.ROOT);
        if (d.contains("://")) {
            try {
                String host = URI.create(d).getHost();
                d = host == null ? d : host;
            } catch (IllegalArgumentException e) {
                return Platform.OTHER;
            }
        }
        if (d.startsWith("www.")) {
            d = d.substring(4);
        }
        if (d.equals("spotify.com") || d.endsWith(".spotify.com")) {
            return Platform.SPOTIFY;
        }
        if (d.equals("music.apple.com") || d.equals("itunes.apple.com")) {
            return Platform.APPLE_MUSIC;
        }
        if (d.equals("music.youtube.com") || d.equals("youtube.com") || d.equals("m.youtube.com") || d.equals("youtu.be")) {
            return Platform.YOUTUBE_MUSIC;
        }
        if (d.equals("deezer.com") || d.endsWith(".deezer.com")) {
            return Platform.DEEZER;
        }
        if (d.equals("tidal.com") || d.endsWith(".tidal.com")) {
            return Platform.TIDAL;
        }
        if (d.equals("soundcloud.com") || d.endsWith(".soundcloud.com")) {
            return Platform.SOUNDCLOUD;
        }
        if (d.equals("music.amazon.com") || d.startsWith("music.amazon.")) {
            return Platform.AMAZON_MUSIC;
        }
        return Platform.OTHER;
    }

    /** The service of a free-text name ({@code music_service_name}: "Spotify", "YouTube Music"); OTHER otherwise. */
    static Platform serviceOfName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        return switch (n) {
            case "spotify" -> Platform.SPOTIFY;
            case "applemusic", "itunes" -> Platform.APPLE_MUSIC;
            case "youtube", "youtubemusic" -> Platform.YOUTUBE_MUSIC;
            case "deezer" -> Platform.DEEZER;
            case "tidal" -> Platform.TIDAL;
            case "soundcloud" -> Platform.SOUNDCLOUD;
            case "amazonmusic", "amazon" -> Platform.AMAZON_MUSIC;
            default -> Platform.OTHER;
        };
    }
}
