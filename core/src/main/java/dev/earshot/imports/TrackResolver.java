package dev.earshot.imports;

import dev.earshot.catalog.TrackIdentity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One track id per song across sources (issue 12, point 2). Every identifier a source gives for a recording
 * (Spotify URI, ISRC, MusicBrainz recording id, YouTube video id, Apple Music id) and the normalised
 * artist + title ({@link TrackIdentity}) are aliases of one track: the first alias already known decides the
 * track, and the listen's other aliases join it. A song seen first in a Spotify export keeps its Spotify URI as
 * id, and a Last.fm scrobble of it later finds it by artist and title; a catalog CSV row found by either gives
 * its audio features to both. New aliases are kept until {@link #drainNew} so that the caller can store them.
 * Not thread-safe: one import at a time uses it.
 */
public final class TrackResolver {
    private static final Pattern SPOTIFY_ID = Pattern.compile("[0-9A-Za-z]{22}");

    /** Identities already computed (regexes, NFKD and SHA-256 per listen add up over a history); cleared past its cap. */
    private static final int MAX_IDENTITIES = 200_000;

    private final Map<String, String> aliases = new HashMap<>();
    private final Map<String, String> identities = new HashMap<>();
    private final Map<String, String> added = new LinkedHashMap<>();

    /** Adds an alias already stored (at start, from the warehouse). */
    public void known(String alias, String trackId) {
        aliases.putIfAbsent(alias, trackId);
    }

    public int size() {
        return aliases.size();
    }

    /** The track of this listen, recording every alias it brings. */
    public String resolve(ImportedListen l) {
        return resolve(aliasesOf(l.ids(), l.artist(), l.title()), primaryId(l));
    }

    /** The track of a catalog entry whose id is {@code trackId} as its file gives it (a bare Spotify id is a URI). */
    public String resolveCatalog(String trackId, String artist, String title) {
        String id = spotifyUri(trackId);
        List<String> keys = new ArrayList<>();
        keys.add(id);
        if (artist != null && !artist.isBlank() && title != null && !title.isBlank()) {
            keys.add(identity(artist, title));
        }
        return resolve(keys, id);
    }

    /** The aliases learnt since the last call, alias → track id. */
    public Map<String, String> drainNew() {
        Map<String, String> out = new LinkedHashMap<>(added);
        added.clear();
        return out;
    }

    /** A bare 22-character Spotify id as {@code spotify:track:…}; other ids as they are. */
    public static String spotifyUri(String id) {
        String s = id.strip();
        if (SPOTIFY_ID.matcher(s).matches()) {
            return "spotify:track:" + s;
        }
        if (s.startsWith("https://open.spotify.com/track/")) {
            String rest = s.substring("https://open.spotify.com/track/".length());
            int q = rest.indexOf('?');
            return "spotify:track:" + (q < 0 ? rest : rest.substring(0, q));
        }
        return s;
    }

    private String resolve(List<String> keys, String fallback) {
        String track = null;
        for (String k : keys) {
            track = aliases.get(k);
            if (track != null) {
                break;
            }
        }
        if (track == null) {
            track = fallback;
        }
        for (String k : keys) {
            if (aliases.putIfAbsent(k, track) == null) {
                added.put(k, track);
            }
        }
        return track;
    }

    /** The id a track first met in this listen gets: its Spotify URI when it has one, else its identity. */
    private String primaryId(ImportedListen l) {
        if (l.ids().spotifyUri() != null) {
            return spotifyUri(l.ids().spotifyUri());
        }
        return identity(l.artist() == null ? "" : l.artist(), l.title());
    }

    private String identity(String artist, String title) {
        if (identities.size() >= MAX_IDENTITIES) {
            identities.clear();
        }
        return identities.computeIfAbsent(artist + '\u0000' + title, k -> TrackIdentity.of(artist, title));
    }

    /**
     * Source ids first, the artist + title identity last. Without an artist the identity names no song (every
     * "Intro" would be one), so it joins nothing and only serves as the id of a track known by nothing else.
     */
    List<String> aliasesOf(ImportedListen.SourceIds ids, String artist, String title) {
        List<String> keys = new ArrayList<>(4);
        if (ids.spotifyUri() != null) {
            keys.add(spotifyUri(ids.spotifyUri()));
        }
        if (ids.isrc() != null) {
            keys.add("isrc:" + ids.isrc().strip().toUpperCase(Locale.ROOT));
        }
        if (ids.recordingMbid() != null) {
            keys.add("mbid:" + ids.recordingMbid().strip().toLowerCase(Locale.ROOT));
        }
        if (ids.youtubeVideoId() != null) {
            keys.add("youtube:" + ids.youtubeVideoId().strip());
        }
        if (ids.appleMusicId() != null) {
            keys.add("apple:" + ids.appleMusicId().strip());
        }
        if (artist != null && !artist.isBlank() && title != null && !title.isBlank()) {
            keys.add(identity(artist, title));
        }
        return keys;
    }
}
