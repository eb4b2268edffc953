package dev.earshot.sources.lastfm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Last.fm's answers, in XML ({@code <lfm status="ok">}, the default) or, with {@code format=json}, the JSON
 * Last.fm gives for the same call, element by element as Last.fm names them.
 */
public final class LastfmReply {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One scrobble as answered back; {@code ignoredCode} 0 when it was accepted. */
    record Echo(String track, String artist, String album, String albumArtist, Long timestamp, int ignoredCode,
                String ignoredMessage) {
    }

    public final String contentType;
    public final String body;

    private LastfmReply(boolean json, String body) {
        this.contentType = json ? "application/json; charset=utf-8" : "text/xml; charset=utf-8";
        this.body = body;
    }

    static LastfmReply session(boolean json, String name, String key) {
        if (json) {
            ObjectNode root = JSON.createObjectNode();
            root.putObject("session").put("name", name).put("key", key).put("subscriber", 0);
            return new LastfmReply(true, root.toString());
        }
        return xml("<session><name>" + esc(name) + "</name><key>" + esc(key) + "</key><subscriber>0</subscriber></session>");
    }

    static LastfmReply token(boolean json, String token) {
        if (json) {
            return new LastfmReply(true, JSON.createObjectNode().put("token", token).toString());
        }
        return xml("<token>" + esc(token) + "</token>");
    }

    static LastfmReply empty(boolean json) {
        return json ? new LastfmReply(true, "{}") : xml("");
    }

    static LastfmReply nowPlaying(boolean json, Echo e) {
        if (json) {
            ObjectNode root = JSON.createObjectNode();
            fields(root.putObject("nowplaying"), e);
            return new LastfmReply(true, root.toString());
        }
        return xml("<nowplaying>" + fieldsXml(e) + "</nowplaying>");
    }

    static LastfmReply scrobbles(boolean json, List<Echo> echoes) {
        long ignored = echoes.stream().filter(e -> e.ignoredCode() != 0).count();
        long accepted = echoes.size() - ignored;
        if (json) {
            ObjectNode root = JSON.createObjectNode();
            ObjectNode scrobbles = root.putObject("scrobbles");
            // Last.fm answers one scrobble as an object, several as an array.
            if (echoes.size() == 1) {
                fields(scrobbles.putObject("scrobble"), echoes.get(0));
            } else {
                ArrayNode list = scrobbles.putArray("scrobble");
                echoes.forEach(e -> fields(list.addObject(), e));
            }
            scrobbles.putObject("@attr").put("accepted", accepted).put("ignored", ignored);
            return new LastfmReply(true, root.toString());
        }
        StringBuilder xml = new StringBuilder("<scrobbles accepted=\"" + accepted + "\" ignored=\"" + ignored + "\">");
        echoes.forEach(e -> xml.append("<scrobble>").append(fieldsXml(e)).append("</scrobble>"));
        return xml(xml.append("</scrobbles>").toString());
    }

    public static LastfmReply error(boolean json, int code, String message) {
        if (json) {
            return new LastfmReply(true, JSON.createObjectNode().put("error", code).put("message", message).toString());
        }
        return new LastfmReply(false, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<lfm status=\"failed\"><error code=\""
                + code + "\">" + esc(message) + "</error></lfm>\n");
    }

    private static void fields(ObjectNode node, Echo e) {
        corrected(node, "track", e.track());
        corrected(node, "artist", e.artist());
        corrected(node, "album", e.album());
        corrected(node, "albumArtist", e.albumArtist());
        if (e.timestamp() != null) {
            node.put("timestamp", Long.toString(e.timestamp()));
        }
        node.putObject("ignoredMessage").put("code", Integer.toString(e.ignoredCode()))
                .put("#text", e.ignoredMessage() == null ? "" : e.ignoredMessage());
    }

    private static void corrected(ObjectNode node, String name, String value) {
        node.putObject(name).put("corrected", "0").put("#text", value == null ? "" : value);
    }

    private static String fieldsXml(Echo e) {
        return "<track corrected=\"0\">" + esc(e.track()) + "</track><artist corrected=\"0\">" + esc(e.artist())
                + "</artist><album corrected=\"0\">" + esc(e.album()) + "</album><albumArtist corrected=\"0\">"
                + esc(e.albumArtist()) + "</albumArtist>"
                + (e.timestamp() == null ? "" : "<timestamp>" + e.timestamp() + "</timestamp>")
                + "<ignoredMessage code=\"" + e.ignoredCode() + "\">" + esc(e.ignoredMessage()) + "</ignoredMessage>";
    }

    private static LastfmReply xml(String inner) {
        return new LastfmReply(false, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<lfm status=\"ok\">" + inner
                + "</lfm>\n");
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(Character.isISOControl(c) && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return out.toString();
    }
}
