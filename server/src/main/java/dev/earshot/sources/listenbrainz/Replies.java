package dev.earshot.sources.listenbrainz;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.earshot.sources.ListenReads;
import dev.earshot.sources.Msids;
import dev.earshot.sources.Scrobbles;
import dev.earshot.sources.Song;
import java.util.List;
import java.util.Optional;

/** The JSON ListenBrainz answers with (listenbrainz/webserver/views/api.py), built field by field as it names them. */
public final class Replies {
    static final ObjectMapper JSON = new ObjectMapper();

    private Replies() {
    }

    static ObjectNode ok() {
        return JSON.createObjectNode().put("status", "ok");
    }

    public static ObjectNode error(int code, String message) {
        return JSON.createObjectNode().put("code", code).put("error", message);
    }

    static ObjectNode tokenValid(String userName) {
        return JSON.createObjectNode().put("code", 200).put("message", "Token valid.").put("valid", true)
                .put("user_name", userName);
    }

    static ObjectNode tokenInvalid() {
        return JSON.createObjectNode().put("code", 200).put("message", "Token invalid.").put("valid", false);
    }

    static ObjectNode listens(String user, List<ListenReads.StoredListen> listens, ListenReads.Totals totals) {
        ObjectNode payload = JSON.createObjectNode().put("count", listens.size());
        ArrayNode items = payload.putArray("listens");
        for (ListenReads.StoredListen l : listens) {
            ObjectNode item = items.addObject();
            item.put("inserted_at", l.receivedAt().getEpochSecond());
            item.put("listened_at", l.startedAt().getEpochSecond());
            item.put("recording_msid", Msids.of(l.trackId()));
            item.set("track_metadata", metadata(l.artist(), l.title(), l.album(), l.durationMs(), l.trackId()));
            item.put("user_name", user);
        }
        if (totals.count() > 0) {
            payload.put("latest_listen_ts", totals.newest().getEpochSecond());
            payload.put("oldest_listen_ts", totals.oldest().getEpochSecond());
        } else {
            payload.putNull("latest_listen_ts");
            payload.putNull("oldest_listen_ts");
        }
        payload.put("user_id", user);
        return wrap(payload);
    }

    static ObjectNode playingNow(String user, Optional<Scrobbles.NowPlaying> now) {
        ObjectNode payload = JSON.createObjectNode().put("count", now.isPresent() ? 1 : 0);
        ArrayNode items = payload.putArray("listens");
        now.ifPresent(n -> {
            Song s = n.song();
            ObjectNode item = items.addObject();
            item.put("playing_now", true);
            item.set("track_metadata", metadata(s.artist(), s.title(), s.album(), s.durationMs(), s.trackId()));
            item.put("user_name", user);
        });
        payload.put("playing_now", true);
        payload.put("user_id", user);
        return wrap(payload);
    }

    static ObjectNode listenCount(long count) {
        ObjectNode payload = JSON.createObjectNode().put("count", count);
        return wrap(payload);
    }

    private static ObjectNode wrap(ObjectNode payload) {
        ObjectNode root = JSON.createObjectNode();
        root.set("payload", payload);
        return root;
    }

    private static ObjectNode metadata(String artist, String title, String album, Long durationMs, String trackId) {
        ObjectNode meta = JSON.createObjectNode();
        meta.put("artist_name", artist == null ? "" : artist);
        meta.put("track_name", title == null ? "" : title);
        if (album != null) {
            meta.put("release_name", album);
        }
        ObjectNode info = meta.putObject("additional_info");
        if (durationMs != null) {
            info.put("duration_ms", durationMs);
        }
        info.put("recording_msid", Msids.of(trackId));
        return meta;
    }
}
